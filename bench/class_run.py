#!/usr/bin/env python3
"""A class of students through the attempts API (stdlib only: asyncio and raw HTTP/1.1 on keep-alive sockets).

Usage: python3 bench/class_run.py --base http://127.0.0.1:8080 [--students 1000] [--think 1.0] [--ramp 5]
           [--acked acked.csv] [--verify db.csv]

Each student opens one connection, starts an exam of 20 questions (POST /api/attempts), answers every
question in order (PUT /api/attempts/{id}/responses/{q} with seq 1..20), then submits. Between two
requests a student waits a random time, uniform in [0, 2 x think] seconds (0 for a closed loop at full
speed); starts are spread uniformly over --ramp seconds. Every request's latency is measured by the client
on loopback. --acked writes one line per acknowledged answer (attempt,question,answer,seq);
--verify DB.csv (attempt,question,answer,seq,status per response row, exported after the server stopped)
checks that every acknowledged answer is stored exactly once and nothing else is.
"""
import argparse
import asyncio
import csv
import json
import random
import sys
import time
import urllib.parse


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(p / 100.0 * (len(ordered) - 1)))))]


class Conn:
    def __init__(self, host, port):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def request(self, method, path, body=None, token=None):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        data = b"" if body is None else json.dumps(body).encode()
        head = "%s %s HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: application/json\r\nContent-Length: %d\r\n" % (
            method, path, self.host, self.port, len(data))
        if token:
            head += "Authorization: Bearer %s\r\n" % token
        self.writer.write(head.encode() + b"\r\n" + data)
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("closed by the server")
        status = int(status_line.split()[1])
        length, chunked, close = 0, False, False
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            name = name.strip().lower()
            if name == "content-length":
                length = int(value)
            elif name == "transfer-encoding" and "chunked" in value:
                chunked = True
            elif name == "connection" and "close" in value.lower():
                close = True
        if chunked:
            parts = []
            while True:
                size = int((await self.reader.readline()).strip(), 16)
                if size == 0:
                    await self.reader.readline()
                    break
                parts.append(await self.reader.readexactly(size))
                await self.reader.readline()
            payload = b"".join(parts)
        else:
            payload = await self.reader.readexactly(length)
        if close:
            self.writer.close()
            self.writer = None
        return status, payload

    def close(self):
        if self.writer is not None:
            self.writer.close()


async def student(n, a, host, port, lat, errors, acked, start_delay):
    await asyncio.sleep(start_delay)
    rnd = random.Random(n)
    conn = Conn(host, port)

    async def timed(kind, method, path, body=None, token=None, expect=200):
        t0 = time.perf_counter()
        try:
            status, payload = await conn.request(method, path, body, token)
        except (OSError, ConnectionError, asyncio.IncompleteReadError, ValueError) as e:
            lat[kind].append(time.perf_counter() - t0)
            errors.append("%s %s: %r" % (method, kind, e))
            conn.writer = None
            return None
        lat[kind].append(time.perf_counter() - t0)
        if status != expect:
            errors.append("%s %s: HTTP %d %s" % (method, kind, status, payload[:200]))
            return None
        return payload

    async def think():
        if a.think > 0:
            await asyncio.sleep(rnd.uniform(0, 2 * a.think))

    try:
        payload = await timed("start", "POST", "/api/attempts",
                              {"pack": a.pack, "mode": "exam", "length": a.questions, "nickname": "student %d" % n}, expect=201)
        if payload is None:
            return
        started = json.loads(payload)
        attempt, token = started["id"], started["token"]
        for seq, q in enumerate(started["questions"], start=1):
            await think()
            ids = [c["id"] for c in q["choices"]]
            answer = ids if q["type"] == "ordering" else [rnd.choice(ids)]
            path = "/api/attempts/%s/responses/%s" % (attempt, urllib.parse.quote(q["id"]))
            if await timed("answer", "PUT", path, {"choices": answer, "seq": seq}, token) is not None:
                acked.append((attempt, q["id"], ",".join(answer), seq))
        await think()
        await timed("submit", "POST", "/api/attempts/%s/submit" % attempt, None, token)
    finally:
        conn.close()


async def run(a):
    url = urllib.parse.urlparse(a.base)
    lat = {"start": [], "answer": [], "submit": []}
    errors, acked = [], []
    t0 = time.perf_counter()
    await asyncio.gather(*(student(n, a, url.hostname, url.port, lat, errors, acked,
                                   a.ramp * n / max(1, a.students)) for n in range(a.students)))
    return lat, errors, acked, time.perf_counter() - t0


def verify(acked, db_file):
    """Every acknowledged answer stored exactly once, with its seq; no stored answer that was not acknowledged."""
    stored = {}
    duplicates = 0
    with open(db_file, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["ATTEMPT"], row["QUESTION"])
            if key in stored:
                duplicates += 1
            stored[key] = (row["ANSWER"] or "", row["SEQ"] or "")
    missing = wrong = 0
    acked_keys = set()
    for attempt, question, answer, seq in acked:
        acked_keys.add((attempt, question))
        got = stored.get((attempt, question))
        if got is None or got[1] == "":
            missing += 1
        elif got != (answer, str(seq)):
            wrong += 1
    unacked = sum(1 for k, v in stored.items() if v[1] != "" and k not in acked_keys)
    print("verify: %d acknowledged answers; in the database: %d missing, %d different, %d duplicate rows, "
          "%d stored but never acknowledged" % (len(acked), missing, wrong, duplicates, unacked))
    return missing == 0 and wrong == 0 and duplicates == 0 and unacked == 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8080")
    ap.add_argument("--students", type=int, default=1000)
    ap.add_argument("--questions", type=int, default=20)
    ap.add_argument("--pack", default="csto-armenia")
    ap.add_argument("--think", type=float, default=1.0, help="mean seconds between a student's requests (0: none)")
    ap.add_argument("--ramp", type=float, default=5.0, help="seconds over which the students start")
    ap.add_argument("--acked", help="write the acknowledged answers to this CSV")
    ap.add_argument("--verify", help="check the acknowledged answers (--acked file) against this database export")
    a = ap.parse_args()
    if a.verify:
        with open(a.acked, newline="", encoding="utf-8") as f:
            acked = [(r[0], r[1], r[2], int(r[3])) for r in csv.reader(f)]
        return 0 if verify(acked, a.verify) else 1
    lat, errors, acked, wall = asyncio.run(run(a))
    everything = lat["start"] + lat["answer"] + lat["submit"]
    ms = lambda v: "%.1f" % (v * 1000)
    print("students=%d think=%.1fs ramp=%.0fs: %d requests in %.1f s (%.0f/s), %d errors" % (
        a.students, a.think, a.ramp, len(everything), wall, len(everything) / wall, len(errors)))
    print("| request | n | p50 ms | p90 ms | p99 ms | max ms |")
    print("|---|---|---|---|---|---|")
    for kind, values in (("start", lat["start"]), ("answer", lat["answer"]), ("submit", lat["submit"]), ("all", everything)):
        print("| %s | %d | %s | %s | %s | %s |" % (kind, len(values), ms(percentile(values, 50)), ms(percentile(values, 90)),
                                                ms(percentile(values, 99)), ms(max(values) if values else float("nan"))))
    for e in errors[:5]:
        print("error:", e, file=sys.stderr)
    if a.acked:
        with open(a.acked, "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(acked)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
