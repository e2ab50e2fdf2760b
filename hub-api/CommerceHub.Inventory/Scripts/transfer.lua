-- Moves units of one SKU from an open reservation (a flash sale's stock) into a new order reservation in one step,
-- so the units never pass through the available pool where another channel could take them.
-- Journaled as a release from the source and a reservation of the target (two sequence numbers): the stock totals do
-- not change, and the journal and rebuild need nothing new.
-- KEYS: 1 stock hash, 2 source reservation hash, 3 target reservation hash, 4 outbox list, 5 loaded marker,
--       6 expiry zset
-- ARGV: 1 merchant, 2 source id, 3 target id, 4 now ms, 5 sku, 6 quantity, 7 target purpose, 8 target channel,
--       9 retention ms for a source left empty
-- Returns {1, seq, (sku, wh, dOn, dRes, on, res, totalOn, totalRes)...} when moved, {2, allocation, seq} for a
--         repeated target id, {0, reason, remaining} when the source is closed/gone or holds too few units.
if redis.call('EXISTS', KEYS[5]) == 0 then
  return redis.error_reply('NOLEDGER stock ledger is not loaded')
end
local request = table.concat({'T', ARGV[2], ARGV[5], ARGV[6], ARGV[7], ARGV[8]}, ',')
local existing = redis.call('HMGET', KEYS[3], 'req', 'result', 'seq')
if existing[2] then
  if existing[1] ~= request then
    return redis.error_reply('CONFLICT reservation id was already used for other lines')
  end
  return {2, existing[2], tonumber(existing[3] or '0')}
end
local meta = redis.call('HMGET', KEYS[2], 'state', 'purpose', 'channel')
if not meta[1] then
  return {0, 'gone', 0}
end
if meta[1] ~= 'open' then
  return {0, meta[1], 0}
end

local sku, need = ARGV[5], tonumber(ARGV[6])
local lines, remaining, left = {}, 0, 0
local all = redis.call('HGETALL', KEYS[2])
for j = 1, #all, 2 do
  local f = all[j]
  if string.sub(f, 1, 2) == 'l:' then
    local s, wh = string.match(f, '^l:(.*)|([^|]*)$')
    local rem = tonumber(all[j + 1])
    left = left + rem
    if s == sku then
      lines[#lines + 1] = {f = f, wh = wh, rem = rem}
      remaining = remaining + rem
    end
  end
end
if remaining < need then
  return {0, 'short', remaining}
end

local stock, now = KEYS[1], ARGV[4]
local sourcePurpose, sourceChannel = meta[2] or '', meta[3] or ''
local targetPurpose, targetChannel = ARGV[7], ARGV[8]
local sourceBucket = (sourcePurpose == 'C' or sourcePurpose == 'L') and sourceChannel ~= ''
local targetBucket = (targetPurpose == 'C' or targetPurpose == 'L') and targetChannel ~= ''
local released, reserved, alloc = {}, {}, {}
local out = {1, 0}
for _, l in ipairs(lines) do
  local t = math.min(l.rem, need)
  if t > 0 then
    need = need - t
    left = left - t
    redis.call('HINCRBY', KEYS[2], l.f, -t)
    redis.call('HINCRBY', KEYS[3], 'l:' .. sku .. '|' .. l.wh, t)
    if sourceBucket then
      redis.call('HINCRBY', stock, sku .. '|@' .. sourceChannel .. '|bkt', -t)
    end
    if targetBucket then
      redis.call('HINCRBY', stock, sku .. '|@' .. targetChannel .. '|bkt', t)
    end
    local v = redis.call('HMGET', stock, sku .. '|' .. l.wh .. '|on', sku .. '|' .. l.wh .. '|res', sku .. '|*|on', sku .. '|*|res')
    for _, x in ipairs({sku, l.wh, 0, t, tonumber(v[1]), tonumber(v[2]), tonumber(v[3]), tonumber(v[4])}) do out[#out + 1] = x end
    released[#released + 1] = sku .. ',' .. l.wh .. ',0,' .. -t
    reserved[#reserved + 1] = sku .. ',' .. l.wh .. ',0,' .. t
    alloc[#alloc + 1] = sku .. ',' .. l.wh .. ',' .. t
  end
end

local relSeq = redis.call('HINCRBY', stock, '_seq', 1)
redis.call('RPUSH', KEYS[4], table.concat({'1', ARGV[1], relSeq, 'REL', ARGV[2], now, sourcePurpose, sourceChannel, '0',
  table.concat(released, ';')}, '|'))
if left == 0 then
  redis.call('HSET', KEYS[2], 'state', 'released')
  redis.call('ZREM', KEYS[6], ARGV[2])
  redis.call('PEXPIRE', KEYS[2], ARGV[9])
end
local resSeq = redis.call('HINCRBY', stock, '_seq', 1)
local allocation = table.concat(alloc, ';')
redis.call('HSET', KEYS[3], 'state', 'open', 'purpose', targetPurpose, 'channel', targetChannel, 'exp', '0',
  'req', request, 'result', allocation, 'seq', resSeq)
redis.call('RPUSH', KEYS[4], table.concat({'1', ARGV[1], resSeq, 'RES', ARGV[3], now, targetPurpose, targetChannel, '0',
  table.concat(reserved, ';')}, '|'))
out[2] = resSeq
return out
