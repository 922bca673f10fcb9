#!/usr/bin/env python3
"""Clicks a button of the remote page in a real browser, through ChromeDriver's W3C WebDriver API
(stdlib only). Usage: remote-click.py DRIVER_URL PAGE_URL CSS_SELECTOR [SCREENSHOT.png]
Waits until the button is enabled (the page has its first state), clicks it, waits for the page's
answer line (#result), prints it, and optionally saves a screenshot of the page after the click."""
import base64
import json
import sys
import time
import urllib.request

driver, page, selector = sys.argv[1], sys.argv[2], sys.argv[3]
shot = sys.argv[4] if len(sys.argv) > 4 else None
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(driver + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read())["value"]


def until(what, f, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        v = f()
        if v:
            return v
        time.sleep(0.2)
    sys.exit(f"remote-click: timed out waiting for {what}")


args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=390,844"]
caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
    "binary": "/usr/bin/chromium", "args": args}}}}
session = call("POST", "/session", caps)["sessionId"]
try:
    call("POST", f"/session/{session}/url", {"url": page})
    button = until("the button", lambda: call(
        "POST", f"/session/{session}/element", {"using": "css selector", "value": selector}).get(ELEMENT))
    until("the button to be enabled", lambda: call("GET", f"/session/{session}/element/{button}/enabled"))
    call("POST", f"/session/{session}/element/{button}/click", {})
    result = call("POST", f"/session/{session}/element", {"using": "css selector", "value": "#result"})[ELEMENT]
    text = until("the page's answer", lambda: call("GET", f"/session/{session}/element/{result}/text"))
    print(text)
    if shot:
        png = call("GET", f"/session/{session}/screenshot")
        with open(shot, "wb") as f:
            f.write(base64.b64decode(png))
finally:
    call("DELETE", f"/session/{session}")
