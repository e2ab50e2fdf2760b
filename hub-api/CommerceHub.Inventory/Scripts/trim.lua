-- Removes drained records from the head of the outbox, only while the caller still holds the drain lock:
-- a node whose lock expired must not trim records that another node has not yet journaled.
-- KEYS: 1 lock, 2 outbox list
-- ARGV: 1 lock token, 2 record count, 3 lock ttl ms to extend by
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return 0
end
redis.call('LTRIM', KEYS[2], tonumber(ARGV[2]), -1)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
