-- Remembers the quantity last published for a channel and SKU; answers whether a new value must be published,
-- so that two hub nodes reacting to the same movement publish it once.
-- KEYS: 1 last-published hash
-- ARGV: 1 field (channel|sku), 2 quantity
local previous = redis.call('HGET', KEYS[1], ARGV[1])
if previous == ARGV[2] then
  return {0, ''}
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return {1, previous or ''}
