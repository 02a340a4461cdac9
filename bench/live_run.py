#!/usr/bin/env python3
"""One live session with many players (stdlib only: asyncio and raw HTTP/1.1).

Usage: python3 bench/live_run.py --base http://127.0.0.1:8080 --host-user EMAIL --host-password PW
           [--player-base http://127.0.0.1:8081] [--players 1000] [--questions 5] [--seconds 30] [--ramp 5]
           [--think-max 5] [--acked acked.csv]
       python3 bench/live_run.py --acked acked.csv --verify db.csv

The host (HTTP Basic, a teacher or the admin) starts a session of --questions questions on --base; --players
players join on --player-base (default --base: another instance on the same database shows how soon a host step
on one instance reaches the players on the other) with POST /api/live/join, spread over --ramp seconds. Each opens
the event stream (GET /api/live/{id}/events, one connection each) and keeps a second keep-alive connection for its
answers. For each question the host notes the time and posts `next`; each player notes when its `question` event
arrives (same process, same monotonic clock), waits 0.5 to --think-max seconds and puts a random choice
(PUT /api/live/{id}/answers/{n}). When every player has answered (or the countdown ran out) the host closes,
reveals and goes on; after the last question it ends the session. --acked writes one line per acknowledged answer
(player,question,choices); --verify DB.csv (player, question, round, choices per live_answer row, exported after
the server stopped) checks each is stored exactly once and nothing else is. Exit 1 when a goal is missed: question
event p99 < 1 s, answer post p99 < 250 ms (--answer-goal-ms), 0 errors.

With --kill-pid PID (the instance of --base), --host-failover B and --player-base A,B: after question --kill-after
is revealed the driver SIGKILLs PID; the host goes on on B, players whose instance died reconnect their stream and
post their answers on B, and every later question must still reach every player (bench/faults/live-kill.sh).
"""
import argparse
import asyncio
import base64
import csv
import json
import os
import random
import signal
import sys
import time
import urllib.parse

DELIVERY_P99_GOAL = 1.0
ANSWER_P99_GOAL = 0.250


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(p / 100.0 * (len(ordered) - 1)))))]


def summary(values):
    return "n %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms" % (
        len(values), 1000 * percentile(values, 50), 1000 * percentile(values, 95), 1000 * percentile(values, 99),
        1000 * (max(values) if values else float("nan")))


class Conn:
    """One keep-alive HTTP/1.1 connection; a request returns (status, body)."""

    def __init__(self, host, port, auth=None):
        self.host, self.port, self.auth = host, port, auth
        self.reader = self.writer = None

    async def request(self, method, path, body=None):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        data = b"" if body is None else json.dumps(body).encode()
        head = "%s %s HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: %d\r\n" % (
            method, path, self.host, self.port, len(data))
        if self.auth:
            head += "Authorization: %s\r\n" % self.auth
        self.writer.write(head.encode() + b"\r\n" + data)
        status, headers = await read_head(self.reader)
        if headers.get("transfer-encoding", "").lower() == "chunked":
            payload = b"".join([chunk async for chunk in chunks(self.reader)])
        else:
            payload = await self.reader.readexactly(int(headers.get("content-length", "0")))
        if "close" in headers.get("connection", "").lower():
            self.close()
        return status, payload

    def close(self):
        if self.writer is not None:
            self.writer.close()
            self.writer = None

    def switch(self, host, port):
        self.close()
        self.host, self.port = host, port


async def read_head(reader):
    line = await reader.readline()
    if not line:
        raise ConnectionError("closed by the server")
    status = int(line.split()[1])
    headers = {}
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            return status, headers
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()


async def chunks(reader):
    while True:
        size = int((await reader.readline()).split(b";")[0].strip(), 16)
        if size == 0:
            await reader.readline()
            return
        yield await reader.readexactly(size)
        await reader.readline()


def hostport(base):
    url = urllib.parse.urlparse(base)
    return url.hostname, url.port


class Run:
    def __init__(self, a):
        self.a = a
        url = urllib.parse.urlparse(a.base)
        self.host, self.port = url.hostname, url.port
        # each player starts on one of --player-base (player i on base i mod n) and goes on the next one when
        # its instance drops it, as a load balancer would send it
        self.player_bases = [hostport(b) for b in (a.player_base or a.base).split(",")]
        self.host_bases = [hostport(a.base)] + ([hostport(a.host_failover)] if a.host_failover else [])
        self.killed_at = None     # monotonic time of the SIGKILL (--kill-pid)
        self.moves = []           # players' reconnections after the kill: seconds from the kill to the stream on the next base
        self.sent = {}            # question n -> monotonic time the host sent `next`
        self.delivery = {}        # n -> [seconds from next to the event]
        self.answer_lat = []
        self.errors = []
        self.acked = []           # (player, n, choices)
        self.answered = {}        # n -> count acknowledged
        self.streams_ready = 0
        self.ended = asyncio.Event()

    def error(self, text):
        if len(self.errors) < 10000:
            self.errors.append(text)


async def player(run, i, session, pin):
    a = run.a
    rnd = random.Random(i)
    bases = run.player_bases[i % len(run.player_bases):] + run.player_bases[:i % len(run.player_bases)]
    await asyncio.sleep(a.ramp * i / max(1, a.players))
    conn = Conn(*bases[0])
    try:
        status, body = await conn.request("POST", "/api/live/join", {"pin": pin, "nickname": "p%04d" % i})
    except (OSError, ConnectionError, asyncio.IncompleteReadError) as e:
        run.error("join %d: %r" % (i, e))
        return
    if status != 201:
        run.error("join %d: HTTP %d %s" % (i, status, body[:200]))
        return
    joined = json.loads(body)
    pid, token = joined["player"], joined["token"]
    conn.auth = "Bearer " + token
    conn.bases = bases
    seen = set()
    tasks = []
    ended = False
    try:
        for attempt, (host, port) in enumerate(bases):
            if attempt > 0:
                if run.killed_at is None:
                    run.error("events %d: stream closed with no instance killed" % i)
                    break
            try:
                ended = await stream(run, i, session, token, host, port, seen, tasks, conn, rnd, pid, first=attempt == 0)
            except (OSError, ConnectionError, asyncio.IncompleteReadError, ValueError) as e:
                if run.ended.is_set():
                    break
                if attempt == len(bases) - 1:
                    run.error("events %d: %r" % (i, e))
                continue
            if ended or run.ended.is_set():
                break
    finally:
        if tasks:
            await asyncio.gather(*tasks)
        conn.close()
        missing = set(range(1, a.questions + 1)) - seen
        if missing and not run.errors:
            run.error("player %d never got question(s) %s" % (i, sorted(missing)))


async def stream(run, i, session, token, host, port, seen, tasks, conn, rnd, pid, first):
    """Reads the player's event stream from one instance; True once the session ended."""
    for tries in range(50 if not first else 1):
        try:
            reader, writer = await asyncio.open_connection(host, port)
            break
        except OSError:
            if tries == 49:
                raise
            await asyncio.sleep(0.1)
    writer.write(("GET /api/live/%d/events HTTP/1.1\r\nHost: %s:%d\r\nAccept: text/event-stream\r\n"
                  "Authorization: Bearer %s\r\n\r\n" % (session, host, port, token)).encode())
    status, headers = await read_head(reader)
    if status != 200:
        raise ConnectionError("events %d: HTTP %d" % (i, status))
    if first:
        run.streams_ready += 1
    elif run.killed_at is not None:
        run.moves.append(time.perf_counter() - run.killed_at)
    chunked = headers.get("transfer-encoding", "").lower() == "chunked"
    source = chunks(reader) if chunked else None
    buf = b""
    name = None
    while not run.ended.is_set():
        if chunked:
            try:
                data = await source.__anext__()
            except StopAsyncIteration:
                raise ConnectionError("stream closed")
        else:
            data = await reader.read(65536)
            if not data:
                raise ConnectionError("stream closed")
        buf += data
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            line = line.rstrip(b"\r").decode("utf-8")
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:") and name:
                event, name = name, None
                if event == "question":
                    q = json.loads(line[5:].strip())
                    n = q["n"]
                    if n not in seen and n in run.sent:
                        seen.add(n)
                        run.delivery.setdefault(n, []).append(time.perf_counter() - run.sent[n])
                        tasks.append(asyncio.ensure_future(answer(run, conn, rnd, session, pid, q)))
                elif event == "ended":
                    writer.close()
                    return True
    writer.close()
    return False


async def answer(run, conn, rnd, session, pid, q):
    await asyncio.sleep(rnd.uniform(0.5, run.a.think_max))
    choice = [rnd.choice([c["id"] for c in q["choices"]])]
    t0 = time.perf_counter()
    path = "/api/live/%d/answers/%d" % (session, q["n"])
    try:
        status, body = await conn.request("PUT", path, {"choices": choice})
    except (OSError, ConnectionError, asyncio.IncompleteReadError) as e:
        conn.close()
        others = [b for b in conn.bases if b != (conn.host, conn.port)]
        if run.killed_at is None or not others:
            run.answer_lat.append(time.perf_counter() - t0)
            run.error("answer %d/%d: %r" % (pid, q["n"], e))
            return
        # the instance died under this post: the same answer again on the next one (a PUT: stored once)
        conn.switch(*others[0])
        try:
            status, body = await conn.request("PUT", path, {"choices": choice})
        except (OSError, ConnectionError, asyncio.IncompleteReadError) as e2:
            run.answer_lat.append(time.perf_counter() - t0)
            run.error("answer %d/%d after failover: %r" % (pid, q["n"], e2))
            return
    run.answer_lat.append(time.perf_counter() - t0)
    if status != 200:
        run.error("answer %d/%d: HTTP %d %s" % (pid, q["n"], status, body[:200]))
        return
    run.acked.append((pid, q["n"], ",".join(choice)))
    run.answered[q["n"]] = run.answered.get(q["n"], 0) + 1


async def host_step(hc, session, step, run=None):
    try:
        status, body = await hc.request("POST", "/api/live/%d/%s" % (session, step))
    except (OSError, ConnectionError, asyncio.IncompleteReadError):
        if run is None or run.killed_at is None or len(run.host_bases) < 2:
            raise
        hc.switch(*run.host_bases[1])  # the host's screen reloads on the other instance
        status, body = await hc.request("POST", "/api/live/%d/%s" % (session, step))
    if status != 200:
        raise RuntimeError("host %s: HTTP %d %s" % (step, status, body[:300]))
    return json.loads(body)


async def main_run(a):
    run = Run(a)
    auth = "Basic " + base64.b64encode(("%s:%s" % (a.host_user, a.host_password)).encode()).decode()
    hc = Conn(run.host, run.port, auth)
    status, body = await hc.request("POST", "/api/live", {"pack": a.pack, "length": a.questions, "seconds": a.seconds,
                                                          "speedPoints": True, "peerInstruction": False})
    if status != 201:
        raise RuntimeError("start: HTTP %d %s" % (status, body[:300]))
    created = json.loads(body)
    session, pin = created["id"], created["pin"]
    players = [asyncio.ensure_future(player(run, i, session, pin)) for i in range(a.players)]
    deadline = time.perf_counter() + a.ramp + 60
    while run.streams_ready < a.players and time.perf_counter() < deadline and len(run.errors) < a.players:
        await asyncio.sleep(0.1)
    print("%d of %d players joined with their event stream open" % (run.streams_ready, a.players), flush=True)
    for n in range(1, a.questions + 1):
        await asyncio.sleep(1)
        run.sent[n] = time.perf_counter()
        await host_step(hc, session, "next", run)
        until = time.perf_counter() + a.seconds
        while run.answered.get(n, 0) < run.streams_ready and time.perf_counter() < until:
            await asyncio.sleep(0.05)
        await host_step(hc, session, "close", run)
        await host_step(hc, session, "reveal", run)
        if a.kill_pid and n == a.kill_after:
            await kill_and_move(run, hc, a)
    await asyncio.sleep(1)
    await host_step(hc, session, "end", run)
    await asyncio.wait(players, timeout=30)
    run.ended.set()
    for p in players:
        p.cancel()
    status, body = await hc.request("GET", "/api/live/%d/results" % session)
    stored = sum(len(p["answers"]) for p in json.loads(body)["players"]) if status == 200 else -1
    hc.close()
    return run, session, stored


async def kill_and_move(run, hc, a):
    """SIGKILLs the instance of --kill-pid (the first of --player-base, the host's), then waits for its players."""
    on_killed = sum(1 for i in range(a.players) if i % len(run.player_bases) == 0)
    await asyncio.sleep(0.5)
    run.killed_at = time.perf_counter()
    os.kill(a.kill_pid, signal.SIGKILL)
    hc.switch(*run.host_bases[-1])
    until = run.killed_at + 60
    while len(run.moves) < on_killed and time.perf_counter() < until:
        await asyncio.sleep(0.05)
    print("killed pid %d after question %d: %d of its %d players back on the other instance, the last after %.0f ms"
          % (a.kill_pid, a.kill_after, len(run.moves), on_killed, 1000 * max(run.moves or [float("nan")])), flush=True)
    if len(run.moves) < on_killed:
        run.error("only %d of %d players of the killed instance reconnected within 60 s" % (len(run.moves), on_killed))


def verify(acked_file, db_file):
    acked = {}
    with open(acked_file, newline="") as f:
        for player, n, choices in csv.reader(f):
            acked[(player, n)] = choices
    rows = {}
    dup = 0
    with open(db_file, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            key = (r["PLAYER"], r["QUESTION"])
            if key in rows:
                dup += 1
            rows[key] = r["CHOICES"]
    lost = [k for k in acked if k not in rows]
    wrong = [k for k in acked if k in rows and rows[k] != acked[k]]
    extra = [k for k in rows if k not in acked]
    print("verify: %d acknowledged answers, %d stored rows; lost %d, changed %d, duplicates %d, stored but never acknowledged %d"
          % (len(acked), len(rows) + dup, len(lost), len(wrong), dup, len(extra)))
    if lost or wrong or dup:
        print("FAILED exactly-once: expected every acknowledged answer stored once; got lost %s changed %s duplicates %d"
              % (lost[:5], wrong[:5], dup))
        return 1
    if extra:
        # an answer whose reply the driver never read (a timed-out post) may be stored: say so, not a loss
        print("note: %d stored answers were not acknowledged to the driver (replies it did not get): %s" % (len(extra), extra[:5]))
    return 0


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base")
    p.add_argument("--player-base", help="comma-separated: player i starts on base i mod n, the next is its failover")
    p.add_argument("--host-failover", help="where the host goes on when --base dies")
    p.add_argument("--kill-pid", type=int, help="SIGKILL this process (the instance of --base) after --kill-after")
    p.add_argument("--kill-after", type=int, default=1, help="the question after whose reveal --kill-pid is killed")
    p.add_argument("--host-user")
    p.add_argument("--host-password")
    p.add_argument("--pack", default="csto-armenia")
    p.add_argument("--players", type=int, default=1000)
    p.add_argument("--questions", type=int, default=5)
    p.add_argument("--seconds", type=int, default=30)
    p.add_argument("--ramp", type=float, default=5)
    p.add_argument("--think-max", type=float, default=5)
    p.add_argument("--acked")
    p.add_argument("--verify")
    # the check of two instances (.ci/two-instances.sh) is about the question's delivery; its answers come cold
    p.add_argument("--answer-goal-ms", type=float, default=1000 * ANSWER_P99_GOAL)
    a = p.parse_args()
    if a.verify:
        sys.exit(verify(a.acked, a.verify))
    run, session, stored = asyncio.run(main_run(a))
    if a.acked:
        with open(a.acked, "w", newline="") as f:
            csv.writer(f).writerows(run.acked)
    every = [x for n in sorted(run.delivery) for x in run.delivery[n]]
    for n in sorted(run.delivery):
        print("question %d event: %s" % (n, summary(run.delivery[n])))
    print("question events, all: %s" % summary(every))
    print("answer posts: %s" % summary(run.answer_lat))
    print("acknowledged answers %d; the session's results hold %d; errors %d" % (len(run.acked), stored, len(run.errors)))
    for e in run.errors[:10]:
        print("  error: %s" % e)
    failed = []
    if len(every) < a.players * a.questions:
        failed.append("every player gets every question: expected %d events, got %d" % (a.players * a.questions, len(every)))
    if percentile(every, 99) >= DELIVERY_P99_GOAL:
        failed.append("question event p99 < %.0f ms: got %.1f ms" % (1000 * DELIVERY_P99_GOAL, 1000 * percentile(every, 99)))
    if 1000 * percentile(run.answer_lat, 99) >= a.answer_goal_ms:
        failed.append("answer post p99 < %.0f ms: got %.1f ms" % (a.answer_goal_ms, 1000 * percentile(run.answer_lat, 99)))
    if run.errors:
        failed.append("0 errors: got %d" % len(run.errors))
    if stored != len(run.acked):
        failed.append("the results hold each acknowledged answer: expected %d, got %d" % (len(run.acked), stored))
    for f in failed:
        print("GOAL MISSED: %s" % f)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
