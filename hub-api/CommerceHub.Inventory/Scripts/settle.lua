-- Commits, releases or expires a reservation, wholly or by given quantities per SKU.
-- KEYS: 1 stock hash, 2 reservation hash, 3 expiry zset, 4 outbox list, 5 loaded marker
-- ARGV: 1 merchant, 2 reservation id, 3 now ms, 4 kind COM|REL|EXP, 5 idempotency key ('' = none),
--       6 retention ms for the closed reservation, 7 line count (0 = everything remaining), then sku, quantity pairs
-- Returns {1, seq, state, (sku, wh, dOn, dRes, on, res, totalOn, totalRes)...}, {2, state} for a repeated key,
--         {0, state} when there was nothing to do (released twice, not yet due).
if redis.call('EXISTS', KEYS[5]) == 0 then
  return redis.error_reply('NOLEDGER stock ledger is not loaded')
end
local id, now, kind, key = ARGV[2], tonumber(ARGV[3]), ARGV[4], ARGV[5]
if redis.call('EXISTS', KEYS[2]) == 0 then
  if kind == 'EXP' then
    redis.call('ZREM', KEYS[3], id)
    return {0, 'gone'}
  end
  return redis.error_reply('NOTFOUND reservation does not exist')
end
local meta = redis.call('HMGET', KEYS[2], 'state', 'exp', 'purpose', 'channel')
local state, exp, purpose, channel = meta[1], tonumber(meta[2] or '0'), meta[3] or '', meta[4] or ''
if key ~= '' and redis.call('HEXISTS', KEYS[2], 'k:' .. key) == 1 then
  return {2, state}
end
if state ~= 'open' then
  if kind == 'COM' then
    return redis.error_reply('CLOSED reservation is ' .. state)
  end
  redis.call('ZREM', KEYS[3], id)
  return {0, state}
end
if kind == 'EXP' and (exp == 0 or exp > now) then
  return {0, state}
end
if kind == 'COM' and exp > 0 and exp <= now then
  return redis.error_reply('EXPIRED reservation expired and is being released')
end

local lines = {}
local all = redis.call('HGETALL', KEYS[2])
for j = 1, #all, 2 do
  local f = all[j]
  if string.sub(f, 1, 2) == 'l:' then
    local sku, wh = string.match(f, '^l:(.*)|([^|]*)$')
    lines[#lines + 1] = {f = f, sku = sku, wh = wh, rem = tonumber(all[j + 1]), take = 0}
  end
end
local count = tonumber(ARGV[7])
if count == 0 then
  for _, l in ipairs(lines) do l.take = l.rem end
else
  for n = 0, count - 1 do
    local sku, need = ARGV[8 + n * 2], tonumber(ARGV[9 + n * 2])
    for _, l in ipairs(lines) do
      if need > 0 and l.sku == sku then
        local t = math.min(l.rem - l.take, need)
        l.take = l.take + t
        need = need - t
      end
    end
    if need > 0 then
      return redis.error_reply('EXCEEDS ' .. sku .. ' has less than that remaining')
    end
  end
end

local stock = KEYS[1]
local bucket = (purpose == 'C' or purpose == 'L') and channel ~= ''
local seq = redis.call('HINCRBY', stock, '_seq', 1)
local out, moves, left = {1, seq, ''}, {}, 0
for _, l in ipairs(lines) do
  local t = l.take
  if t > 0 then
    local base = l.sku .. '|' .. l.wh .. '|'
    local dOn = kind == 'COM' and -t or 0
    local res = redis.call('HINCRBY', stock, base .. 'res', -t)
    local totalRes = redis.call('HINCRBY', stock, l.sku .. '|*|res', -t)
    local on = redis.call('HINCRBY', stock, base .. 'on', dOn)
    local totalOn = redis.call('HINCRBY', stock, l.sku .. '|*|on', dOn)
    if bucket then
      redis.call('HINCRBY', stock, l.sku .. '|@' .. channel .. '|bkt', -t)
    end
    redis.call('HINCRBY', KEYS[2], l.f, -t)
    for _, v in ipairs({l.sku, l.wh, dOn, -t, on, res, totalOn, totalRes}) do out[#out + 1] = v end
    moves[#moves + 1] = l.sku .. ',' .. l.wh .. ',' .. dOn .. ',' .. -t
  end
  left = left + l.rem - t
end
if left == 0 then
  state = ({COM = 'committed', REL = 'released', EXP = 'expired'})[kind]
  redis.call('HSET', KEYS[2], 'state', state)
  redis.call('ZREM', KEYS[3], id)
  redis.call('PEXPIRE', KEYS[2], ARGV[6])
end
out[3] = state
if key ~= '' then
  redis.call('HSET', KEYS[2], 'k:' .. key, seq)
end
redis.call('RPUSH', KEYS[4], table.concat({'1', ARGV[1], seq, kind, id, ARGV[3], purpose, channel, '0',
  table.concat(moves, ';')}, '|'))
return out
