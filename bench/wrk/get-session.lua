-- GET one session after another from a list. Arguments: <api key> <sessions file> [<requests per second in all>
-- <connections>]: with a rate, each connection waits between requests so that all of them together ask for that
-- many a second.
function init(args)
  auth = "Basic " .. args[1]
  sessions = {}
  for line in io.lines(args[2]) do table.insert(sessions, line) end
  next_index = 1
  local rate = tonumber(args[3] or "0")
  pause = rate > 0 and tonumber(args[4]) * 1000 / rate or 0
end

function delay()
  return pause
end

function request()
  local session = sessions[next_index]
  next_index = next_index % #sessions + 1
  return wrk.format("GET", "/ipp/v1/sessions/" .. session, {["Authorization"] = auth})
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d seconds=%.2f p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, summary.errors.status, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
