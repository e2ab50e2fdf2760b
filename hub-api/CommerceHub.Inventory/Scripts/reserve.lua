-- Reserves several lines all or nothing. The only other writers of the stock hash are settle, adjust and load.
-- KEYS: 1 stock hash, 2 reservation hash, 3 expiry zset, 4 outbox list, 5 loaded marker
-- ARGV: 1 merchant, 2 reservation id, 3 now ms, 4 expires-at ms (0 = never), 5 purpose, 6 channel,
--       7 line count, then per line: sku, quantity, warehouse count, warehouses in order of preference
-- Returns {1, seq, (sku, wh, dOn, dRes, on, res, totalOn, totalRes)...} on success,
--         {2, original allocation, original seq} for a repeated id, {0, (line, reason, best available)...} when refused.
if redis.call('EXISTS', KEYS[5]) == 0 then
  return redis.error_reply('NOLEDGER stock ledger is not loaded')
end
local request = table.concat(ARGV, ',', 5)
local existing = redis.call('HMGET', KEYS[2], 'req', 'result', 'seq')
if existing[2] then
  if existing[1] and existing[1] ~= request then
    return redis.error_reply('CONFLICT reservation id was already used for other lines')
  end
  return {2, existing[2], tonumber(existing[3] or '0')}
end

local stock = KEYS[1]
local pending, picks, refused = {}, {}, {0}
local i = 8
for n = 1, tonumber(ARGV[7]) do
  local sku, qty, count = ARGV[i], tonumber(ARGV[i + 1]), tonumber(ARGV[i + 2])
  local chosen, known, best = nil, false, 0
  for w = 1, count do
    local wh = ARGV[i + 2 + w]
    local base = sku .. '|' .. wh .. '|'
    local v = redis.call('HMGET', stock, base .. 'on', base .. 'res')
    if v[1] then
      known = true
      local available = tonumber(v[1]) - tonumber(v[2] or '0') - (pending[base] or 0)
      if available >= qty then
        chosen = wh
        pending[base] = (pending[base] or 0) + qty
        break
      end
      if available > best then best = available end
    end
  end
  if chosen then
    picks[#picks + 1] = {sku, chosen, qty}
  else
    refused[#refused + 1] = n
    refused[#refused + 1] = known and 'insufficient' or 'unknown'
    refused[#refused + 1] = best
  end
  i = i + 3 + count
end
if #refused > 1 then
  return refused
end

local purpose, channel = ARGV[5], ARGV[6]
local bucket = (purpose == 'C' or purpose == 'L') and channel ~= ''
local seq = redis.call('HINCRBY', stock, '_seq', 1)
local out, moves, alloc = {1, seq}, {}, {}
for _, p in ipairs(picks) do
  local sku, wh, q = p[1], p[2], p[3]
  local res = redis.call('HINCRBY', stock, sku .. '|' .. wh .. '|res', q)
  local totalRes = redis.call('HINCRBY', stock, sku .. '|*|res', q)
  local on = tonumber(redis.call('HGET', stock, sku .. '|' .. wh .. '|on'))
  local totalOn = tonumber(redis.call('HGET', stock, sku .. '|*|on') or '0')
  if bucket then
    redis.call('HINCRBY', stock, sku .. '|@' .. channel .. '|bkt', q)
  end
  redis.call('HINCRBY', KEYS[2], 'l:' .. sku .. '|' .. wh, q)
  for _, v in ipairs({sku, wh, 0, q, on, res, totalOn, totalRes}) do out[#out + 1] = v end
  moves[#moves + 1] = sku .. ',' .. wh .. ',0,' .. q
  alloc[#alloc + 1] = sku .. ',' .. wh .. ',' .. q
end
local allocation = table.concat(alloc, ';')
redis.call('HSET', KEYS[2], 'state', 'open', 'purpose', purpose, 'channel', channel, 'exp', ARGV[4],
  'req', request, 'result', allocation, 'seq', seq)
if tonumber(ARGV[4]) > 0 then
  redis.call('ZADD', KEYS[3], ARGV[4], ARGV[2])
end
redis.call('RPUSH', KEYS[4], table.concat({'1', ARGV[1], seq, 'RES', ARGV[2], ARGV[3], purpose, channel, ARGV[4],
  table.concat(moves, ';')}, '|'))
return out
