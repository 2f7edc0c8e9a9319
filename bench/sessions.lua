-- wrk script for bench/run's logged-in runs: each request carries the next of the SESSION cookies
-- listed (one per line) in the file BENCH_SESSIONS, so the load comes from many sessions at once.
local sessions = {}
local next_session = 0

init = function(args)
	for line in io.lines(os.getenv("BENCH_SESSIONS")) do
		sessions[#sessions + 1] = line
	end
	next_session = math.random(#sessions)
end

request = function()
	next_session = next_session % #sessions + 1
	wrk.headers["Cookie"] = "SESSION=" .. sessions[next_session]
	return wrk.format()
end
