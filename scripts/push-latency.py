#!/usr/bin/env python3
"""How long a remote command takes to reach a watching page: opens the speaker page's event
stream, sends COUNT remote commands one second apart (blackout on, off, ...) and measures, for
each, the time from sending the command to the pushed `state` event that shows it.
Usage: scripts/push-latency.py SPEAKER_LINK REMOTE_LINK [COUNT]   (the links `chairtime --share`
prints). Prints the median and the worst delay in milliseconds."""
import http.client
import json
import statistics
import sys
import threading
import time
import urllib.parse


def main():
    view, remote = urllib.parse.urlsplit(sys.argv[1]), urllib.parse.urlsplit(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    view_token = urllib.parse.parse_qs(view.query)["token"][0]
    control = urllib.parse.parse_qs(remote.query)["token"][0]
    stream = http.client.HTTPConnection(view.hostname, view.port, timeout=10)
    stream.request("GET", f"/api/events?token={view_token}", headers={"Accept": "text/event-stream"})
    body = stream.getresponse()
    states = []  # (arrival, blackout)
    lock = threading.Condition()

    def read():
        event = None
        for raw in body:
            line = raw.decode().rstrip("\n")
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:") and event == "state":
                blackout = json.loads(line[5:])["speaker"]["blackout"]
                with lock:
                    states.append((time.monotonic(), blackout))
                    lock.notify_all()

    threading.Thread(target=read, daemon=True).start()
    delays = []
    for i in range(count):
        want = i % 2 == 0
        command = http.client.HTTPConnection(remote.hostname, remote.port, timeout=10)
        sent = time.monotonic()
        command.request("POST", "/api/command", json.dumps({"command": "blackout", "on": want}),
                        {"Authorization": f"Bearer {control}", "Content-Type": "application/json"})
        if command.getresponse().status != 200:
            sys.exit(f"the remote command {i + 1} was refused")
        with lock:
            if not lock.wait_for(lambda: any(t >= sent and b == want for t, b in states), timeout=5):
                sys.exit(f"command {i + 1}: no pushed state within 5 s")
            arrival = min(t for t, b in states if t >= sent and b == want)
        delays.append((arrival - sent) * 1000)
        time.sleep(1)
    print(f"push latency over {count} commands: median {statistics.median(delays):.0f} ms, "
          f"worst {max(delays):.0f} ms")


if __name__ == "__main__":
    main()
