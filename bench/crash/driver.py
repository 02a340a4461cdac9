#!/usr/bin/env python3
"""Load and verification for the crash test (bench/crash/crash.sh) and the fault tests (bench/faults/).
Standard library only.

  driver.py load   --base http://127.0.0.1:18401 --clients 8 --log acks.jsonl --stop-file STOP --deadline 300
  driver.py verify --base http://127.0.0.1:18401 --log acks.jsonl

`--base` may list several instances, comma-separated: client i talks to instance i mod n. `--think MIN-MAX`
makes each client pause between posts as a student would (default none: as fast as it can). `--failover`:
a client whose instance refuses or drops its connection moves to the next one and goes on with the same
attempt and token (bench/faults/instance-kill.sh).

`load` runs K client threads. Each starts an exam attempt (POST /api/attempts) and answers its
questions with PUT /api/attempts/{id}/responses/{q}, seq 1, 2, 3, ... (a new seq for every post,
whatever became of the previous one), changing the answer each time so that a lost write shows.
Before each PUT it logs a "try" line, after a 200 an "ack" line (append and flush per line): a 200 is
the server's promise that the answer is committed. A post whose connection broke (the server was
killed) is in doubt: it may or may not have been committed, and it does not count as acknowledged.
The clients go on through kills: connection errors are retried with a short pause, until the stop
file appears or the deadline passes (always bounded).

`verify` reads the log back and checks every attempt through the API with its token:
  - for each question that got an acknowledged answer, the stored answer is the last acknowledged one,
    or one posted after it whose reply was lost in a crash (in doubt, allowed to have landed);
  - each question of the attempt appears exactly once in the responses (no duplicate rows);
  - the attempt's accepted seq is at least the highest acknowledged seq.
It prints a summary and exits 1 on any loss or duplicate.

Replies other than 200 are counted by status. A 503 is the server saying it cannot store just now (database
down, disk full: docs/faults.md): its JSON message and time are kept, and `load` prints the slowest 503 and
the first message of each kind in its summary (`outage_replies`), so a script can check they came fast and
said why. Any other 5xx, and any request that got no reply within --timeout seconds, is written to stderr.
"""
import argparse
import http.client
import json
import os
import random
import sys
import threading
import time
from urllib.parse import urlsplit

PACK = "csto-armenia"


class Http:
    """One keep-alive connection per client thread, reopened after any error."""

    def __init__(self, base, timeout=20.0):
        self.base = base
        u = urlsplit(base)
        self.host, self.port, self.timeout = u.hostname, u.port or 80, timeout
        self.conn = None

    def request(self, method, path, body=None, token=None):
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = "Bearer " + token
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            self.conn.request(method, path, body=data, headers=headers)
            resp = self.conn.getresponse()
            payload = resp.read()
        except (OSError, http.client.HTTPException):
            self.close()
            raise
        if resp.getheader("Connection", "").lower() == "close":
            self.close()
        return resp.status, payload

    def close(self):
        if self.conn is not None:
            try:
                self.conn.close()
            except OSError:
                pass
            self.conn = None


class Log:
    def __init__(self, path):
        self.f = open(path, "a", encoding="utf-8")
        self.lock = threading.Lock()

    def write(self, record):
        line = json.dumps(record, separators=(",", ":")) + "\n"
        with self.lock:
            self.f.write(line)
            self.f.flush()


def pick(question, previous, rnd):
    """An answer that fits the question's type and differs from the previous one when it can."""
    ids = [c["id"] for c in question.get("choices", [])]
    kind = question.get("type")
    for _ in range(8):
        if kind == "ordering":
            answer = ids[:]
            rnd.shuffle(answer)
        elif kind == "multiple":
            answer = [i for i in ids if rnd.random() < 0.5] or [rnd.choice(ids)]
        else:
            answer = [rnd.choice(ids)]
        if answer != previous:
            return answer
    return answer


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.counts = {}
        self.outage = {"slowest_ms": 0, "messages": {}}

    def add(self, key, n=1):
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + n

    def unavailable(self, ms, payload):
        try:
            message = json.loads(payload).get("message", "")
        except ValueError:
            message = "(not JSON) " + payload[:120].decode("utf-8", "replace")
        with self.lock:
            self.outage["slowest_ms"] = max(self.outage["slowest_ms"], ms)
            m = self.outage["messages"]
            m[message] = m.get(message, 0) + 1


def think(args, rnd, stop):
    if args.think_max > 0:
        end = time.monotonic() + rnd.uniform(args.think_min, args.think_max)
        while not stop() and time.monotonic() < end:
            time.sleep(min(0.2, max(0.0, end - time.monotonic())))


def client(index, args, log, stats, stop):
    rnd = random.Random(args.seed * 1000 + index)
    bases = args.base.split(",")
    b = index % len(bases)
    http_ = Http(bases[b], timeout=args.timeout)

    def fail_over():
        nonlocal b, http_
        if args.failover and len(bases) > 1:
            http_.close()
            b = (b + 1) % len(bases)
            http_ = Http(bases[b], timeout=args.timeout)
            stats.add("failovers")

    think(args, rnd, stop)  # students do not all start in the same second
    while not stop():
        t0 = time.monotonic()
        try:
            status, payload = http_.request("POST", "/api/attempts", {"pack": PACK, "length": args.questions, "mode": "exam"})
        except (OSError, http.client.HTTPException):
            stats.add("start_failed")  # server down or killed mid-request: this client starts again
            fail_over()
            time.sleep(0.5)
            continue
        if status != 201:
            stats.add("start_http_%d" % status)
            if status == 503:
                stats.unavailable(int((time.monotonic() - t0) * 1000), payload)
            time.sleep(0.2 if status != 503 else 1.0)
            continue
        started = json.loads(payload)
        aid, token, questions = started["id"], started["token"], started["questions"]
        log.write({"k": "start", "a": aid, "t": token, "q": [q["id"] for q in questions], "b": b, "c": index})
        stats.add("attempts")
        last = {}
        seq = 0
        for _ in range(args.answers_per_attempt):
            if stop():
                break
            think(args, rnd, stop)
            q = rnd.choice(questions)
            answer = pick(q, last.get(q["id"]), rnd)
            seq += 1
            log.write({"k": "try", "a": aid, "q": q["id"], "c": answer, "s": seq})
            t0 = time.monotonic()
            try:
                status, payload = http_.request("PUT", "/api/attempts/%s/responses/%s" % (aid, q["id"]),
                                                {"choices": answer, "seq": seq}, token)
            except ConnectionRefusedError:
                stats.add("refused")  # the server is down: nothing was sent
                fail_over()
                time.sleep(0.5)
                continue
            except TimeoutError:
                stats.add("no_reply")  # the server took the request and answered nothing in time: a hang
                sys.stderr.write("client %d: PUT %s/%s seq %d -> no reply within %.0f s\n" % (index, aid, q["id"], seq, args.timeout))
                continue
            except (OSError, http.client.HTTPException):
                stats.add("in_doubt")  # the server went away mid-request: maybe stored, maybe not
                fail_over()
                time.sleep(0.2)
                continue
            ms = int((time.monotonic() - t0) * 1000)
            if status == 200:
                log.write({"k": "ack", "a": aid, "q": q["id"], "c": answer, "s": seq, "b": b, "at": int(time.time() * 1000), "i": index})
                last[q["id"]] = answer
                stats.add("acknowledged")
            elif status == 503:
                stats.add("put_http_503")  # not stored (rolled back), or in doubt if the commit's reply was lost
                stats.unavailable(ms, payload)
                time.sleep(1.0)
            else:
                stats.add("put_http_%d" % status)
                if status >= 500 or status == 409:
                    # a 409 would mean the server lost track of an accepted seq: verification will tell
                    sys.stderr.write("client %d: PUT %s/%s seq %d -> %d %s\n" % (index, aid, q["id"], seq, status, payload[:200]))
        http_.close()


def load(args):
    log = Log(args.log)
    stats = Stats()
    deadline = time.monotonic() + args.deadline

    def stop():
        return time.monotonic() > deadline or os.path.exists(args.stop_file)

    threads = [threading.Thread(target=client, args=(i, args, log, stats, stop), daemon=True) for i in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=max(1.0, deadline - time.monotonic() + 30))
    print("load: " + json.dumps(stats.counts, sort_keys=True))
    if stats.outage["messages"]:
        print("outage_replies: " + json.dumps(stats.outage, sort_keys=True))
    return 0


def same(a, b, kind):
    if a == b:
        return True
    return kind != "ordering" and sorted(a) == sorted(b)


def verify(args):
    attempts = {}   # id -> {token, questions}
    acks = {}       # (attempt, question) -> (seq, choices) of the highest acknowledged seq
    tries = {}      # (attempt, question) -> [(seq, choices)]
    ack_lines = 0
    max_ack_seq = {}
    with open(args.log, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            r = json.loads(line)
            if r["k"] == "start":
                attempts[r["a"]] = {"token": r["t"], "questions": r["q"]}
            elif r["k"] == "try":
                tries.setdefault((r["a"], r["q"]), []).append((r["s"], r["c"]))
            elif r["k"] == "ack":
                ack_lines += 1
                key = (r["a"], r["q"])
                if key not in acks or acks[key][0] < r["s"]:
                    acks[key] = (r["s"], r["c"])
                max_ack_seq[r["a"]] = max(max_ack_seq.get(r["a"], 0), r["s"])

    http_ = Http(args.base.split(",")[0], timeout=30.0)
    verified = in_doubt_landed = missing = duplicates = seq_behind = unreadable = 0
    problems = []
    for aid, info in attempts.items():
        try:
            status, payload = http_.request("GET", "/api/attempts/" + aid, token=info["token"])
        except (OSError, http.client.HTTPException) as e:
            status, payload = 0, str(e).encode()
        if status != 200:
            # an attempt whose start was acknowledged must exist
            unreadable += 1
            problems.append("attempt %s: GET -> %s %s" % (aid, status, payload[:200]))
            continue
        state = json.loads(payload)
        kinds = {q["id"]: q.get("type") for q in state.get("questions", [])}
        seen = {}
        for resp in state["responses"]:
            seen[resp["questionId"]] = seen.get(resp["questionId"], 0) + 1
        for qid, n in seen.items():
            if n != 1:
                duplicates += n - 1
                problems.append("attempt %s: question %s appears %d times" % (aid, qid, n))
        if sorted(seen) != sorted(info["questions"]):
            problems.append("attempt %s: questions %s, expected %s" % (aid, sorted(seen), sorted(info["questions"])))
            missing += 1
        stored = {resp["questionId"]: resp["choices"] or [] for resp in state["responses"]}
        for qid in info["questions"]:
            key = (aid, qid)
            if key not in acks:
                continue
            seq, choices = acks[key]
            got = stored.get(qid)
            if got is not None and same(got, choices, kinds.get(qid)):
                verified += 1
                continue
            later = [c for s, c in tries.get(key, []) if s > seq]
            if got is not None and any(same(got, c, kinds.get(qid)) for c in later):
                verified += 1
                in_doubt_landed += 1
                continue
            missing += 1
            problems.append("attempt %s question %s: acknowledged %s (seq %d), stored %s" % (aid, qid, choices, seq, got))
        if state.get("seq", 0) < max_ack_seq.get(aid, 0):
            seq_behind += 1
            problems.append("attempt %s: accepted seq %s < acknowledged seq %d" % (aid, state.get("seq"), max_ack_seq[aid]))
    http_.close()
    summary = {
        "attempts": len(attempts),
        "acknowledged_posts": ack_lines,
        "acknowledged_answers": len(acks),
        "verified": verified,
        "in_doubt_landed": in_doubt_landed,
        "missing": missing,
        "duplicates": duplicates,
        "seq_behind": seq_behind,
        "unreadable_attempts": unreadable,
    }
    for p in problems[:30]:
        print("verify: PROBLEM " + p)
    print("verify: " + json.dumps(summary))
    ok = missing == 0 and duplicates == 0 and seq_behind == 0 and unreadable == 0 and verified == len(acks)
    return 0 if ok else 1


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    lp = sub.add_parser("load")
    lp.add_argument("--base", required=True)
    lp.add_argument("--clients", type=int, default=8)
    lp.add_argument("--log", required=True)
    lp.add_argument("--stop-file", required=True)
    lp.add_argument("--deadline", type=float, default=300, help="seconds; the load stops by itself after this")
    lp.add_argument("--questions", type=int, default=10, help="questions per attempt")
    lp.add_argument("--answers-per-attempt", type=int, default=40)
    lp.add_argument("--seed", type=int, default=1)
    lp.add_argument("--think", default="0-0", help="MIN-MAX seconds a client waits before each post (default 0-0)")
    lp.add_argument("--failover", action="store_true", help="on a refused or dropped connection, move to the next base")
    lp.add_argument("--timeout", type=float, default=20.0, help="seconds without a reply that count as no reply")
    vp = sub.add_parser("verify")
    vp.add_argument("--base", required=True)
    vp.add_argument("--log", required=True)
    args = p.parse_args()
    if args.cmd == "load":
        args.think_min, args.think_max = (float(x) for x in args.think.split("-"))
    return load(args) if args.cmd == "load" else verify(args)


if __name__ == "__main__":
    sys.exit(main())
