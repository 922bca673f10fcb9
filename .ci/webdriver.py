#!/usr/bin/env python3
"""Drives a page in a real browser through ChromeDriver's W3C WebDriver API (stdlib only).

  webdriver.py DRIVER_URL click PAGE_URL CSS_SELECTOR [SCREENSHOT.png]
      Waits until the button is enabled (the page has its first state), clicks it, waits for the
      page's answer line (#result) and prints it; optionally saves a screenshot after the click.
  webdriver.py DRIVER_URL read PAGE_URL CSS_SELECTOR...
      Waits for the page's first state (#big not empty) and prints the elements' texts, one a line.
  webdriver.py DRIVER_URL wait-text PAGE_URL CSS_SELECTOR TEXT SECONDS
      Opens the page, waits for its first state (#big not empty), prints "ready", then waits up to
      SECONDS for the element's text to contain TEXT and prints the Unix time when it did.
  webdriver.py DRIVER_URL wait-page PAGE_URL CSS_SELECTOR TEXT SECONDS
      Opens the page and waits up to SECONDS for the element's text to contain TEXT (any page,
      not only a timer's); prints the Unix time when it did.
  webdriver.py DRIVER_URL survive PAGE_URL CSS_SELECTOR TEXT SECONDS
      As wait-text, then keeps the same page open and waits up to SECONDS more for the element to
      be empty again (the page is live again by itself) and prints "back", the Unix time, and the
      page's digits (#big).
"""
import base64
import json
import sys
import time
import urllib.request

driver, mode, page = sys.argv[1], sys.argv[2], sys.argv[3]
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(driver + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read())["value"]


def until(what, f, timeout=20.0, step=0.2):
    end = time.time() + timeout
    while time.time() < end:
        v = f()
        if v:
            return v
        time.sleep(step)
    sys.exit(f"webdriver: timed out waiting for {what}")


args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=390,844"]
caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
    "binary": "/usr/bin/chromium", "args": args}}}}
session = call("POST", "/session", caps)["sessionId"]


def find(selector):
    return until(selector, lambda: call(
        "POST", f"/session/{session}/element", {"using": "css selector", "value": selector}).get(ELEMENT))


def text(element):
    return call("GET", f"/session/{session}/element/{element}/text")


try:
    call("POST", f"/session/{session}/url", {"url": page})
    if mode == "click":
        button = find(sys.argv[4])
        until("the button to be enabled", lambda: call("GET", f"/session/{session}/element/{button}/enabled"))
        call("POST", f"/session/{session}/element/{button}/click", {})
        result = find("#result")
        print(until("the page's answer", lambda: text(result)))
        if len(sys.argv) > 5:
            with open(sys.argv[5], "wb") as f:
                f.write(base64.b64decode(call("GET", f"/session/{session}/screenshot")))
    elif mode == "read":
        big = find("#big")
        until("the first state", lambda: text(big))
        for selector in sys.argv[4:]:
            print(text(find(selector)))
    elif mode == "wait-page":
        selector, wanted, seconds = sys.argv[4], sys.argv[5], float(sys.argv[6])
        element = find(selector)
        until(repr(wanted), lambda: wanted in text(element), timeout=seconds, step=0.2)
        print(f"{time.time():.3f}", flush=True)
    elif mode in ("wait-text", "survive"):
        selector, wanted, seconds = sys.argv[4], sys.argv[5], float(sys.argv[6])
        big = find("#big")
        until("the first state", lambda: text(big))
        print("ready", flush=True)
        element = find(selector)
        until(repr(wanted), lambda: wanted in text(element), timeout=seconds, step=0.1)
        print(f"{time.time():.3f}", flush=True)
        if mode == "survive":
            until("the page to be live again", lambda: text(element) == "" and text(big), timeout=seconds, step=0.2)
            print(f"back {time.time():.3f} {text(big)}", flush=True)
    else:
        sys.exit(f"webdriver: unknown mode {mode}")
finally:
    call("DELETE", f"/session/{session}")
