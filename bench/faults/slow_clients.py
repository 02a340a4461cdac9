#!/usr/bin/env python3
"""Slow and hostile clients against one instance, while students answer (bench/faults/slow-clients.sh).

  slow_clients.py --base http://127.0.0.1:PORT --slowloris 1000 --slow-uploads 100 --students 20 --seconds 60

- slowloris: N connections that send a request line and then one header byte a second, never ending it;
- slow uploads: M connections that POST a pack body to /api/packs/import at 1 KB/s (Content-Length 1 MB);
- students: K clients that start an exam through the API and PUT answers one after another, each post timed.
All stop after --seconds (bounded); prints the answer posts' count, errors, p50/p99/max in ms, and how many
slow connections the server had closed by the end. Standard library only.
"""
import argparse
import http.client
import json
import random
import socket
import sys
import threading
import time
from urllib.parse import urlsplit


def slowloris(host, port, stop, closed):
    try:
        s = socket.create_connection((host, port), timeout=10)
        s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        while not stop.is_set():
            s.sendall(b"a")
            stop.wait(1.0)
        s.close()
    except OSError:
        closed.append(1)


def slow_upload(host, port, stop, closed):
    try:
        s = socket.create_connection((host, port), timeout=10)
        s.sendall(b"POST /api/packs/import HTTP/1.1\r\nHost: x\r\nContent-Type: application/zip\r\nContent-Length: 1000000\r\n\r\n")
        chunk = b"x" * 1024
        while not stop.is_set():
            s.sendall(chunk)
            stop.wait(1.0)
        s.close()
    except OSError:
        closed.append(1)


def student(host, port, stop, times, errors, rnd):
    while not stop.is_set():
        try:
            c = http.client.HTTPConnection(host, port, timeout=30)
            c.request("POST", "/api/attempts", body=json.dumps({"pack": "csto-armenia", "length": 10, "mode": "exam"}),
                      headers={"Content-Type": "application/json"})
            r = c.getresponse()
            body = r.read()
            if r.status != 201:
                errors.append("start %d" % r.status)
                stop.wait(1.0)
                continue
            a = json.loads(body)
            for seq in range(1, 41):
                if stop.is_set():
                    break
                q = rnd.choice(a["questions"])
                ids = [ch["id"] for ch in q["choices"]]
                choice = ids if q["type"] == "ordering" else [rnd.choice(ids)]
                t0 = time.monotonic()
                c.request("PUT", "/api/attempts/%s/responses/%s" % (a["id"], q["id"]),
                          body=json.dumps({"choices": choice, "seq": seq}),
                          headers={"Content-Type": "application/json", "Authorization": "Bearer " + a["token"]})
                r = c.getresponse()
                r.read()
                ms = (time.monotonic() - t0) * 1000
                if r.status == 200:
                    times.append(ms)
                else:
                    errors.append("put %d" % r.status)
                stop.wait(rnd.uniform(0.2, 0.6))
            c.close()
        except (OSError, http.client.HTTPException) as e:
            errors.append(type(e).__name__)
            stop.wait(0.5)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base", required=True)
    p.add_argument("--slowloris", type=int, default=1000)
    p.add_argument("--slow-uploads", type=int, default=100)
    p.add_argument("--students", type=int, default=20)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--warmup", type=float, default=10, help="seconds of students alone before the attack")
    args = p.parse_args()
    u = urlsplit(args.base)
    host, port = u.hostname, u.port
    stop, attack_stop = threading.Event(), threading.Event()
    before, during, errors, closed = [], [], [], []
    rnd = random.Random(1)
    threading.stack_size(256 * 1024)
    students = [threading.Thread(target=student, args=(host, port, stop, before, errors, random.Random(i)), daemon=True)
                for i in range(args.students)]
    for t in students:
        t.start()
    time.sleep(args.warmup)
    base_n = len(before)
    attackers = [threading.Thread(target=slowloris, args=(host, port, attack_stop, closed), daemon=True) for _ in range(args.slowloris)]
    attackers += [threading.Thread(target=slow_upload, args=(host, port, attack_stop, closed), daemon=True) for _ in range(args.slow_uploads)]
    for t in attackers:
        t.start()
    time.sleep(args.seconds)
    attack_stop.set()
    stop.set()
    for t in students:
        t.join(35)
    during = sorted(before[base_n:])
    quiet = sorted(before[:base_n])

    def pct(xs, q):
        return round(xs[min(len(xs) - 1, int(q * len(xs)))], 1) if xs else None

    print("slow-clients: " + json.dumps({
        "slowloris": args.slowloris, "slow_uploads": args.slow_uploads, "students": args.students,
        "quiet_posts": len(quiet), "quiet_p99_ms": pct(quiet, 0.99),
        "attack_posts": len(during), "attack_p50_ms": pct(during, 0.5), "attack_p99_ms": pct(during, 0.99),
        "attack_max_ms": round(during[-1], 1) if during else None,
        "errors": len(errors), "error_kinds": sorted(set(errors))[:5], "slow_connections_closed": len(closed)}))
    return 0 if during and not errors and pct(during, 0.99) < 500 else 1


if __name__ == "__main__":
    sys.exit(main())
