-- Sessions created and then ended, each by the next request on the same thread: cancelled (mode "cancel") or paid
-- with a simulated card tap (mode "tap", which sends the session's callbacks). Each thread owns some simulated
-- devices; a device gets a new session once its previous one has ended (a device holds one open session).
-- Responses are told apart by their status field.
-- Arguments: <api key> <devices file> <threads> <mode> [<sessions per second in all> <connections>]: with a rate,
-- each connection waits between requests so that all of them together ask for that many sessions a second (the
-- rate is a ceiling: wrk waits for each answer, so a saturated service gets fewer).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("index", #threads)
end

function init(args)
  auth = "Basic " .. args[1]
  local count = tonumber(args[3])
  mode = args[4]
  local rate = tonumber(args[5] or "0")
  pause = rate > 0 and tonumber(args[6]) * 1000 / (2 * rate) or 0
  free, open = {}, {}
  local n = 0
  for line in io.lines(args[2]) do
    if n % count == index - 1 then table.insert(free, line) end
    n = n + 1
  end
  created, ended, other = 0, 0, 0
end

function delay()
  return pause
end

local function create(device)
  local body = '{"device_id":"' .. device .. '","order_amount":12500,"purchase_currency":"SEK",' ..
    '"purchase_started_at":"2026-11-25T10:00:00Z","order_tax_amount":2500,"order_items":[{"type":"physical",' ..
    '"name":"Coffee","quantity":1,"unit_price":12500,"tax_rate":2500,"total_amount":12500,"total_tax_amount":2500}]}'
  return wrk.format("POST", "/ipp/v1/sessions",
    {["Authorization"] = auth, ["Content-Type"] = "application/json"}, body)
end

local function finish(session)
  if mode == "tap" then
    return wrk.format("POST", "/ipp/v1/dev/sessions/" .. session .. "/simulate-tap", {["Authorization"] = auth})
  end
  return wrk.format("PUT", "/ipp/v1/sessions/" .. session .. "/cancel", {["Authorization"] = auth})
end

function request()
  if #open > 0 then
    return finish(table.remove(open, 1))
  end
  if #free > 0 then
    return create(table.remove(free, 1))
  end
  return wrk.format("GET", "/actuator/health/liveness")
end

function response(status, headers, body)
  local session = body:match('"session_id":"([^"]+)"')
  local device = body:match('"device_id":"([^"]+)"')
  if status == 200 and body:find('"status":"CREATED"', 1, true) then
    created = created + 1
    table.insert(open, session)
  elseif status == 200 and (body:find('"status":"CANCELLED"', 1, true) or body:find('"status":"FINALIZED"', 1, true)) then
    ended = ended + 1
    table.insert(free, device)
  elseif not body:find('"UP"', 1, true) then
    other = other + 1
  end
end

function done(summary, latency, requests)
  local c, e, o = 0, 0, 0
  for _, thread in ipairs(threads) do
    c = c + thread:get("created")
    e = e + thread:get("ended")
    o = o + thread:get("other")
  end
  io.write(string.format("RESULT created=%d ended=%d other=%d seconds=%.2f p50_ms=%.2f p99_ms=%.2f\n",
    c, e, o, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
