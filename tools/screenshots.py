#!/usr/bin/env python3
"""Takes screenshots of Tessera's pages in headless Chromium, signed in as the demo admin.

usage: screenshots.py BASE_URL EMAIL PASSWORD OUT_DIR [WIDTHxHEIGHT]
Needs Debian's chromium and chromium-driver. Speaks WebDriver over HTTP with the standard
library only, so it runs anywhere python3 does."""
import json
import base64
import os
import socket
import subprocess
import sys
import time
import urllib.request


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Driver:
    def __init__(self, width, height):
        self.port = free_port()
        self.proc = subprocess.Popen(["chromedriver", f"--port={self.port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                self.call("GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", f"--window-size={width},{height}"]
        caps = {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": args}}}}
        self.sid = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as r:
            return json.loads(r.read())["value"]

    def s(self, method, path, body=None):
        return self.call(method, f"/session/{self.sid}{path}", body)

    def go(self, url):
        self.s("POST", "/url", {"url": url})

    def find(self, css):
        el = self.s("POST", "/element", {"using": "css selector", "value": css})
        return next(iter(el.values()))

    def type(self, css, text):
        self.s("POST", f"/element/{self.find(css)}/value", {"text": text})

    def click(self, css):
        self.s("POST", f"/element/{self.find(css)}/click", {})

    def shot(self, path):
        png = self.s("GET", "/screenshot")
        with open(path, "wb") as f:
            f.write(base64.b64decode(png))

    def quit(self):
        try:
            self.s("DELETE", "")
        finally:
            self.proc.terminate()


def main():
    base, email, password, out = sys.argv[1:5]
    w, h = (sys.argv[5] if len(sys.argv) > 5 else "1280x900").split("x")
    os.makedirs(out, exist_ok=True)
    d = Driver(w, h)
    try:
        d.go(f"{base}/login")
        d.shot(f"{out}/login.png")
        d.type("#email", email)
        d.type("#password", password)
        d.click("form.stack button[type=submit]")
        time.sleep(0.5)
        for name, path in [("dashboard", "/admin"), ("orders", "/admin/orders"), ("order", "/admin/orders/1"),
                           ("order-edit", "/admin/orders/1/edit"), ("parties", "/admin/parties"),
                           ("deliveries", "/admin/deliveries"), ("complaint", "/admin/complaints/1"),
                           ("audit", "/admin/audit"), ("links", "/admin/links"), ("link-new", "/admin/links/new"),
                           ("mailbox", "/admin/mailbox")]:
            d.go(base + path)
            d.shot(f"{out}/{name}.png")
        d.go(base + "/admin/orders/new")
        d.type("#number", "ZAM/12/2020")
        d.type("#line-qty-1", "5,0,0")
        d.click(".actions button[type=submit]")
        time.sleep(0.3)
        d.shot(f"{out}/order-errors.png")
        # A partner's view: the first ready link the demo printed, if given.
        portal = os.environ.get("PORTAL_LINK")
        if portal:
            d.s("DELETE", "/cookie")
            d.go(portal)
            time.sleep(0.3)
            d.shot(f"{out}/portal.png")
    finally:
        d.quit()


if __name__ == "__main__":
    main()
