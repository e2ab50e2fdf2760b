// Signs in, joins a live session over SignalR and prints one JSON line per step, so the .NET test can follow it:
// {"step":"joined",...} after JoinSession, then {"step":"order",...} for the first order ticker entry, then exits 0.
// Usage: HUB_URL=http://127.0.0.1:PORT EMAIL=... PASSWORD=... SESSION_ID=... node client.mjs
import * as signalR from "@microsoft/signalr";

const { HUB_URL, EMAIL, PASSWORD, SESSION_ID } = process.env;
const print = (line) => console.log(JSON.stringify(line));

const login = await fetch(`${HUB_URL}/api/auth/login`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
});
if (!login.ok) {
  print({ step: "error", message: `login answered ${login.status}` });
  process.exit(1);
}
const { accessToken } = await login.json();

const connection = new signalR.HubConnectionBuilder()
  .withUrl(`${HUB_URL}/hubs/live`, { accessTokenFactory: () => accessToken, transport: signalR.HttpTransportType.WebSockets })
  .configureLogging(signalR.LogLevel.Warning)
  .build();

const timeout = setTimeout(() => {
  print({ step: "error", message: "no order arrived in time" });
  process.exit(2);
}, 30_000);

connection.on("OrderTicker", async (tick) => {
  print({ step: "order", orderId: tick.orderId, channel: tick.channel, sessionId: tick.sessionId });
  clearTimeout(timeout);
  await connection.stop();
  process.exit(0);
});

await connection.start();
const state = await connection.invoke("JoinSession", SESSION_ID);
print({ step: "joined", sessionId: state.session.id, lineup: state.session.lineup.map((item) => item.sku), transport: "WebSockets" });
