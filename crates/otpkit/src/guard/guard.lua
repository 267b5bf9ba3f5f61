-- otpkit's guard in Redis: one decision or one set of adjustments per call, atomic (a script
-- runs alone on the server), with the server's clock so that every replica agrees. This is
-- memory.rs's logic over Redis hashes; the same contract tests run against both.
--
-- ARGV[1] is 'admit' or 'adjust'. Each KEYS[i] has five arguments from ARGV[2 + 5 * (i - 1)]:
--   admit:  kind, then  w (window): max, window ms, weight
--                       c (cooldown): forget ms, waits ms (comma-separated)
--                       s (seen): nothing
--                       v (conversion): min sends, min permille, window ms, blocks ms (comma-separated)
--   adjust: op (uncount, unwait, hold, unsend, credit, forget), then its amount (weight, wait ms)
-- A hash holds a (admissions, a breaker's sends), b (a breaker's approvals), u (until, ms),
-- l (level) and r (refusals, kept apart). Every key written has a TTL.

local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

local function list(text)
  local out = {}
  for n in string.gmatch(text, '%d+') do out[#out + 1] = tonumber(n) end
  return out
end

-- The n-th entry (1-based), the last repeating.
local function nth(l, n)
  if n < 1 then n = 1 end
  if n > #l then return l[#l] end
  return l[n]
end

local function num(v) return tonumber(v) or 0 end
local function arg(i, j) return ARGV[2 + 5 * (i - 1) + j] end

if ARGV[1] == 'admit' then
  local st = {}
  local seen = 0
  for i = 1, #KEYS do
    -- Every key written holds one of these fields, so they also say whether it exists (a
    -- missing field reads as false in a script).
    local h = redis.call('HMGET', KEYS[i], 'a', 'b', 'u', 'l')
    local s = { kind = arg(i, 0), a = num(h[1]), b = num(h[2]), u = num(h[3]), l = num(h[4]),
                exists = (h[1] or h[2] or h[3] or h[4]) ~= false }
    if (s.kind == 'c' or s.kind == 's') and s.exists then seen = 1 end
    st[i] = s
  end

  -- Check every step; the first refusal answers, counting only its refusal.
  for i = 1, #KEYS do
    local s, k = st[i], KEYS[i]
    local wait = -1
    if s.kind == 'w' then
      if s.a + tonumber(arg(i, 3)) > tonumber(arg(i, 1)) then
        wait = math.max(redis.call('PTTL', k), 0)
      end
    elseif s.kind == 'c' then
      if s.exists and s.u > now then wait = s.u - now end
    elseif s.kind == 'v' and s.exists then
      local min_sends, permille, window = tonumber(arg(i, 1)), tonumber(arg(i, 2)), tonumber(arg(i, 3))
      if s.u > now then
        wait = s.u - now
      elseif s.a >= min_sends and s.b * 1000 < permille * s.a then
        -- Trips: a block that grows with each trip in a row, and a new window.
        local level = s.l + 1
        local block = nth(list(arg(i, 4)), level)
        redis.call('HSET', k, 'a', 0, 'b', 0, 'u', now + block, 'l', level)
        redis.call('PEXPIRE', k, block + window)
        wait = block
      end
    end
    if wait >= 0 then
      if s.exists then redis.call('HINCRBY', k, 'r', 1) end
      return { 0, i - 1, wait }
    end
  end

  -- Every step admits: count each.
  for i = 1, #KEYS do
    local s, k = st[i], KEYS[i]
    if s.kind == 'w' then
      redis.call('HINCRBY', k, 'a', tonumber(arg(i, 3)))
      if not s.exists then redis.call('PEXPIRE', k, tonumber(arg(i, 2))) end
    elseif s.kind == 'c' then
      local level = s.l + 1
      redis.call('HSET', k, 'l', level, 'u', now + nth(list(arg(i, 2)), level))
      redis.call('PEXPIRE', k, tonumber(arg(i, 1)))
    elseif s.kind == 'v' then
      if seen == 0 then redis.call('HINCRBY', k, 'a', 1) else redis.call('HINCRBY', k, 'a', 0) end
      if not s.exists then redis.call('PEXPIRE', k, tonumber(arg(i, 3))) end
    end
  end
  return { 1, seen, 0 }
end

if ARGV[1] == 'adjust' then
  for i = 1, #KEYS do
    local k, op, amount = KEYS[i], arg(i, 0), tonumber(arg(i, 1))
    local h = redis.call('HMGET', k, 'a', 'b', 'u', 'l')
    local exists = (h[1] or h[2] or h[3] or h[4]) ~= false
    if op == 'uncount' and exists then
      redis.call('HSET', k, 'a', math.max(num(h[1]) - amount, 0))
    elseif op == 'unwait' and exists then
      if num(h[4]) <= 1 then redis.call('DEL', k) else redis.call('HSET', k, 'l', num(h[4]) - 1, 'u', 0) end
    elseif op == 'hold' then
      redis.call('HSET', k, 'u', math.max(num(h[3]), now + amount), 'l', math.max(num(h[4]), 1))
      if redis.call('PTTL', k) < amount then redis.call('PEXPIRE', k, amount) end
    elseif op == 'unsend' and exists then
      redis.call('HSET', k, 'a', math.max(num(h[1]) - 1, 0))
    elseif op == 'credit' and exists then
      if num(h[2]) < num(h[1]) then redis.call('HSET', k, 'b', num(h[2]) + 1) end
    elseif op == 'forget' and exists then
      redis.call('DEL', k)
    end
  end
  return { 1, 0, 0 }
end

return redis.error_reply('otpkit guard: unknown mode ' .. tostring(ARGV[1]))
