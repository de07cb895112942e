-- Sessions created and cancelled as fast as the connections allow: each thread owns some simulated devices; a device
-- gets a new session once its previous one is cancelled (a device holds one open session). Responses are told
-- apart by their status field. Arguments: <api key> <devices file> <threads>.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("index", #threads)
end

function init(args)
  auth = "Basic " .. args[1]
  local count = tonumber(args[3])
  free, open = {}, {}
  local n = 0
  for line in io.lines(args[2]) do
    if n % count == index - 1 then table.insert(free, line) end
    n = n + 1
  end
  created, cancelled, other = 0, 0, 0
end

local function create(device)
  local body = '{"device_id":"' .. device .. '","order_amount":12500,"purchase_currency":"SEK",' ..
    '"purchase_started_at":"2026-11-25T10:00:00Z","order_tax_amount":2500,"order_items":[{"type":"physical",' ..
    '"name":"Coffee","quantity":1,"unit_price":12500,"tax_rate":2500,"total_amount":12500,"total_tax_amount":2500}]}'
  return wrk.format("POST", "/ipp/v1/sessions",
    {["Authorization"] = auth, ["Content-Type"] = "application/json"}, body)
end

function request()
  if #open > 0 then
    local session = table.remove(open, 1)
    return wrk.format("PUT", "/ipp/v1/sessions/" .. session .. "/cancel", {["Authorization"] = auth})
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
  elseif status == 200 and body:find('"status":"CANCELLED"', 1, true) then
    cancelled = cancelled + 1
    table.insert(free, device)
  elseif not body:find('"UP"', 1, true) then
    other = other + 1
  end
end

function done(summary, latency, requests)
  local c, x, o = 0, 0, 0
  for _, thread in ipairs(threads) do
    c = c + thread:get("created")
    x = x + thread:get("cancelled")
    o = o + thread:get("other")
  end
  io.write(string.format("RESULT created=%d cancelled=%d other=%d seconds=%.2f p50_ms=%.2f p99_ms=%.2f\n",
    c, x, o, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
