#!/usr/bin/env python3
"""Hostile clients against a running chairtime share server (docs/remote.md, "Hostile networks").

Usage: hostile-clients.py PID SPEAKER_LINK REMOTE_LINK

Sends, from this one process, what a conference network can send without any token:
  1. 2,000 connections each sending 390 KB of a request head that never ends;
  2. 1,100 connections that send nothing at all (more than a desktop's 1,024 open files);
  3. every stream slot a speaker link may take;
and checks, each time, that the speaker's state and the remote's commands are still answered
within 2 s, then that the app's memory comes back once the clients are gone. Prints what it
measured; exits non-zero on the first failure. Every connection goes to the address in the links
(this machine's loopback in CI); the loops are bounded in count and time.
"""

import json
import resource
import socket
import sys
import threading
import time
import urllib.parse

MIB = 1024 * 1024


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise SystemExit("the app is gone")


def request(host, port, method, path, headers=(), body=b"", timeout=2.0):
    """One HTTP/1.1 request on a fresh connection: (status, body text)."""
    s = socket.create_connection((host, port), timeout=timeout)
    try:
        head = f"{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n"
        for k, v in headers:
            head += f"{k}: {v}\r\n"
        head += f"Content-Length: {len(body)}\r\n\r\n"
        s.sendall(head.encode() + body)
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    finally:
        s.close()
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
    return status, data.split(b"\r\n\r\n", 1)[-1].decode(errors="replace")


def check_served(what, host, port, view, control):
    started = time.monotonic()
    status, _ = request(host, port, "GET", f"/api/state?token={view}")
    if status != 200:
        raise SystemExit(f"{what}: the speaker's state answered {status}")
    status, body = request(host, port, "POST", "/api/command",
                           [("Authorization", f"Bearer {control}"), ("Content-Type", "application/json")],
                           json.dumps({"command": "plus_minute"}).encode())
    # 409 is an answer too (nothing running to extend): the point is that it answers.
    if status not in (200, 409):
        raise SystemExit(f"{what}: the remote's command answered {status}: {body}")
    took = time.monotonic() - started
    if took > 4.0:
        raise SystemExit(f"{what}: the state and a command took {took:.1f} s")
    print(f"  {what}: state and command answered in {took * 1000:.0f} ms")


def half_sent_heads(host, port, count, size):
    """`count` connections, each sending `size` bytes of a head that never ends; returns them."""
    socks = []
    pad = b"a" * 65536
    for i in range(count):
        try:
            s = socket.create_connection((host, port), timeout=5)
        except OSError as e:
            print(f"  connection {i} refused ({e}): the server sheds load")
            break
        s.setblocking(False)
        socks.append(s)
    head = b"GET /api/state?token=none HTTP/1.1\r\nHost: x\r\nX-Pad: "
    deadline = time.monotonic() + 60
    sent = {id(s): 0 for s in socks}
    for s in socks:
        try:
            s.send(head)
        except OSError:
            pass
    # Send the padding round-robin until each has sent `size` or the server stopped reading.
    while time.monotonic() < deadline:
        progress = False
        for s in socks:
            if sent[id(s)] >= size:
                continue
            try:
                n = s.send(pad[: min(len(pad), size - sent[id(s)])])
                sent[id(s)] += n
                progress = progress or n > 0
            except (BlockingIOError, InterruptedError):
                pass
            except OSError:
                sent[id(s)] = size  # the server closed it
        if not progress:
            break
    return socks


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    pid = int(sys.argv[1])
    view_link, remote_link = sys.argv[2], sys.argv[3]
    u = urllib.parse.urlparse(view_link)
    host, port = u.hostname, u.port
    view = urllib.parse.parse_qs(u.query)["token"][0]
    control = urllib.parse.parse_qs(urllib.parse.urlparse(remote_link).query)["token"][0]
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))

    base = rss_kib(pid)
    print(f"app RSS at rest: {base / 1024:.1f} MiB")
    check_served("at rest", host, port, view, control)

    # Twice: what the allocator keeps after the first round is reused by the second, not added to.
    kept = []
    for round_ in (1, 2):
        print(f"1.{round_} 2,000 connections sending 390 KB of a head that never ends")
        socks = half_sent_heads(host, port, 2000, 390 * 1024)
        peak = rss_kib(pid)
        check_served("during", host, port, view, control)
        print(f"  app RSS with them: {peak / 1024:.1f} MiB (+{(peak - base) / 1024:.1f})")
        for s in socks:
            s.close()
        time.sleep(7)  # the header timeout (5 s) has passed for every one
        after = rss_kib(pid)
        kept.append(after - base)
        print(f"  app RSS after they closed: {after / 1024:.1f} MiB (+{(after - base) / 1024:.1f})")
        if after - base > 64 * 1024:
            raise SystemExit(f"the app kept {(after - base) / 1024:.0f} MiB after the clients left")
    if kept[1] - kept[0] > 8 * 1024:
        raise SystemExit(f"a second round grew the app by {(kept[1] - kept[0]) / 1024:.0f} MiB more")

    print("2. 1,100 connections that send nothing")
    idle = []
    for _ in range(1100):
        try:
            idle.append(socket.create_connection((host, port), timeout=5))
        except OSError:
            break
    time.sleep(0.5)
    print(f"  {len(idle)} connected")
    check_served("with them open", host, port, view, control)
    for s in idle:
        s.close()

    print("3. every stream slot a speaker link may take")
    streams = []
    for _ in range(260):
        s = socket.create_connection((host, port), timeout=5)
        s.sendall(f"GET /api/events?token={view} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        streams.append(s)
    time.sleep(0.5)
    s = socket.create_connection((host, port), timeout=5)
    s.sendall(f"GET /api/events?token={control} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    first = s.recv(64)
    if not first.startswith(b"HTTP/1.1 200"):
        raise SystemExit(f"the remote's stream was refused: {first!r}")
    print("  the remote's stream is served")
    check_served("with every slot taken", host, port, view, control)
    for x in streams + [s]:
        x.close()
    time.sleep(1)
    end = rss_kib(pid)
    print(f"app RSS at the end: {end / 1024:.1f} MiB (+{(end - base) / 1024:.1f})")
    print("hostile clients: served throughout")


if __name__ == "__main__":
    main()
