-- Receives stock or adjusts on hand (by a delta or to a counted value), all lines or none.
-- On hand never drops below what is reserved, so an adjustment cannot oversell open reservations.
-- KEYS: 1 stock hash, 2 outbox list, 3 loaded marker
-- ARGV: 1 merchant, 2 reference, 3 now ms, 4 kind RCV|ADJ, 5 line count, then per line: sku, warehouse, mode d|s, value
-- Returns {1, seq, (sku, wh, dOn, dRes, on, res, totalOn, totalRes)...} or {0, (line, reason, reserved)...}.
if redis.call('EXISTS', KEYS[3]) == 0 then
  return redis.error_reply('NOLEDGER stock ledger is not loaded')
end
local stock = KEYS[1]
local current, plan, refused = {}, {}, {0}
for n = 1, tonumber(ARGV[5]) do
  local i = 6 + (n - 1) * 4
  local sku, wh, mode, value = ARGV[i], ARGV[i + 1], ARGV[i + 2], tonumber(ARGV[i + 3])
  local base = sku .. '|' .. wh .. '|'
  if not current[base] then
    local v = redis.call('HMGET', stock, base .. 'on', base .. 'res')
    current[base] = {on = tonumber(v[1] or '0'), res = tonumber(v[2] or '0'), new = not v[1]}
  end
  local c = current[base]
  local target = mode == 's' and value or c.on + value
  if target < c.res then
    refused[#refused + 1] = n
    refused[#refused + 1] = target < 0 and 'negative' or 'below-reserved'
    refused[#refused + 1] = c.res
  else
    plan[#plan + 1] = {sku = sku, wh = wh, d = target - c.on, new = c.new}
    c.on = target
    c.new = false
  end
end
if #refused > 1 then
  return refused
end

local seq = redis.call('HINCRBY', stock, '_seq', 1)
local out, moves = {1, seq}, {}
for _, p in ipairs(plan) do
  local base = p.sku .. '|' .. p.wh .. '|'
  local on = redis.call('HINCRBY', stock, base .. 'on', p.d)
  local res = redis.call('HINCRBY', stock, base .. 'res', 0)
  local totalOn = redis.call('HINCRBY', stock, p.sku .. '|*|on', p.d)
  local totalRes = redis.call('HINCRBY', stock, p.sku .. '|*|res', 0)
  if p.new then
    -- The warehouse list lets readers fetch one SKU without scanning the merchant's whole hash.
    local list = redis.call('HGET', stock, p.sku .. '|*|whs')
    redis.call('HSET', stock, p.sku .. '|*|whs', list and (list .. ',' .. p.wh) or p.wh)
  end
  for _, v in ipairs({p.sku, p.wh, p.d, 0, on, res, totalOn, totalRes}) do out[#out + 1] = v end
  moves[#moves + 1] = p.sku .. ',' .. p.wh .. ',' .. p.d .. ',0'
end
redis.call('RPUSH', KEYS[2], table.concat({'1', ARGV[1], seq, ARGV[4], ARGV[2], ARGV[3], '', '', '0',
  table.concat(moves, ';')}, '|'))
return out
