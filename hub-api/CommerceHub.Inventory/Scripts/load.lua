-- Rebuilds one merchant's stock and open reservations from the durable ledger, unless another node already has.
-- KEYS: 1 stock hash, 2 expiry zset, 3 loaded marker, 4.. one hash per open reservation (same order as in ARGV)
-- ARGV: 1 last sequence, 2 balance count, then sku, warehouse, on hand, reserved per balance;
--       then reservation count, then per reservation: id, expires-at ms, purpose, channel, line count,
--       then sku, warehouse, reserved, remaining per line
-- Returns 1 when loaded, 0 when the marker shows the ledger is already loaded.
if redis.call('EXISTS', KEYS[3]) == 1 then
  return 0
end
local stock = KEYS[1]
redis.call('DEL', stock, KEYS[2])
redis.call('HSET', stock, '_seq', ARGV[1])
local i = 3
for _ = 1, tonumber(ARGV[2]) do
  local sku, wh, on, res = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2]), tonumber(ARGV[i + 3])
  redis.call('HSET', stock, sku .. '|' .. wh .. '|on', on, sku .. '|' .. wh .. '|res', res)
  redis.call('HINCRBY', stock, sku .. '|*|on', on)
  redis.call('HINCRBY', stock, sku .. '|*|res', res)
  local list = redis.call('HGET', stock, sku .. '|*|whs')
  redis.call('HSET', stock, sku .. '|*|whs', list and (list .. ',' .. wh) or wh)
  i = i + 4
end
local count = tonumber(ARGV[i])
i = i + 1
for r = 1, count do
  local key = KEYS[3 + r]
  local id, exp, purpose, channel, lines = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3], tonumber(ARGV[i + 4])
  i = i + 5
  local bucket = (purpose == 'C' or purpose == 'L') and channel ~= ''
  local alloc = {}
  redis.call('DEL', key)
  for _ = 1, lines do
    local sku, wh, reserved, remaining = ARGV[i], ARGV[i + 1], ARGV[i + 2], tonumber(ARGV[i + 3])
    redis.call('HSET', key, 'l:' .. sku .. '|' .. wh, remaining)
    if bucket then
      redis.call('HINCRBY', stock, sku .. '|@' .. channel .. '|bkt', remaining)
    end
    alloc[#alloc + 1] = sku .. ',' .. wh .. ',' .. reserved
    i = i + 4
  end
  redis.call('HSET', key, 'state', 'open', 'purpose', purpose, 'channel', channel, 'exp', exp,
    'result', table.concat(alloc, ';'))
  if tonumber(exp) > 0 then
    redis.call('ZADD', KEYS[2], exp, id)
  end
end
return 1
