#!/usr/bin/env python3
"""Loads pages of a built site in headless Chromium (Selenium + Debian's chromium-driver) over loopback and
checks what a reader's browser sees: no console error, no failed request, no request to another host, and no
axe-core violation of WCAG 2.1 A/AA rules. axe-core comes from the PyPI package axe-core-python (axe 4.x);
axe-selenium-python bundles a 2018 axe 3.1 and is not used for that reason.

    python3 scripts/browser-check.py SITE_DIR PATH [PATH ...]

    python3 scripts/browser-check.py --screenshots DIR SITE_DIR PATH [PATH ...]

SITE_DIR must be built with --base-url http://127.0.0.1:8743/. Each page is also loaded 320 px wide and must not
scroll sideways. With --screenshots, PNGs at 1280×900 and 390×844 go to DIR (NAME-1280.png, NAME-390.png).
Exits non-zero on any problem.
"""
import functools
import http.server
import json
import os
import sys
import threading
import time
import urllib.parse

import axe_core_python
from selenium import webdriver

PORT = 8743
ORIGIN = f"http://127.0.0.1:{PORT}"
# WCAG 2.1 A and AA, plus axe's best practices (heading order, landmarks, one main, a page-level heading).
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def serve(folder):
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=webdriver.ChromeService("/usr/bin/chromedriver"), options=options)


def requests_of(driver):
    """Every request the page made, with its response status (None when it failed). Requests still under way
    when the page reported itself loaded (the favicon, often) are waited for, up to two seconds."""
    requests, statuses, failed = {}, {}, set()
    for _ in range(20):
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            params = message.get("params", {})
            if message["method"] == "Network.requestWillBeSent":
                requests[params["requestId"]] = params["request"]["url"]
            elif message["method"] == "Network.responseReceived":
                statuses[params["requestId"]] = params["response"]["status"]
            elif message["method"] == "Network.loadingFailed" and not params.get("canceled"):
                # A request the browser itself abandoned (cut short by the next navigation) is not a failure
                # of the site.
                failed.add(params["requestId"])
        if all(key in statuses or key in failed for key in requests):
            break
        time.sleep(0.1)
    return [(url, None if key in failed else statuses.get(key, "no response")) for key, url in requests.items()]


def check(driver, path, axe_source):
    problems = []
    driver.get(ORIGIN + path)
    for entry in driver.get_log("browser"):
        if entry["level"] == "SEVERE":
            problems.append(f"console error: {entry['message']}")
    for url, status in requests_of(driver):
        parsed = urllib.parse.urlparse(url)
        if parsed.scheme in ("data", "blob"):
            continue
        if f"{parsed.scheme}://{parsed.netloc}" != ORIGIN:
            problems.append(f"request to another host: {url}")
        elif status is None or status == "no response" or status >= 400:
            problems.append(f"failed request ({status}): {url}")
    # Both colour schemes: contrast must hold in the dark theme too. The page is loaded again in each scheme,
    # without motion: colours measured during the theme's link transitions would be neither scheme's.
    for scheme in ("light", "dark"):
        driver.execute_cdp_cmd(
            "Emulation.setEmulatedMedia",
            {"features": [{"name": "prefers-color-scheme", "value": scheme}, {"name": "prefers-reduced-motion", "value": "reduce"}]})
        driver.get(ORIGIN + path)
        driver.execute_script(axe_source)
        result = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(done, e => done({error: String(e)}));",
            RULES)
        if "error" in result:
            problems.append(f"axe failed ({scheme}): {result['error']}")
        for violation in result.get("violations", []):
            targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
            problems.append(f"axe {violation['id']} ({violation['impact']}, {scheme}): {violation['help']} — {targets}")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    # Narrow phones: nothing may stick out sideways at 320 px.
    viewport(driver, 320, 800)
    overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if overflow > 0:
        problems.append(f"scrolls sideways by {overflow} px at 320 px wide")
    viewport(driver, 1280, 900)
    return problems, result.get("testEngine", {}).get("version")


def viewport(driver, width, height):
    """The page's viewport itself (the window's size would include the browser's own frame)."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def screenshot(driver, path, folder):
    name = path.strip("/").replace("/", "-").replace(".html", "") or "accueil"
    for width, height in [(1280, 900), (390, 844)]:
        viewport(driver, width, height)
        driver.get(ORIGIN + path)
        driver.save_screenshot(os.path.join(folder, f"{name}-{width}.png"))
    viewport(driver, 1280, 900)


def main():
    arguments = sys.argv[1:]
    folder = None
    if arguments[:1] == ["--screenshots"]:
        folder, arguments = arguments[1], arguments[2:]
        os.makedirs(folder, exist_ok=True)
    site, paths = arguments[0], arguments[1:]
    axe_path = os.path.join(os.path.dirname(axe_core_python.__file__), "axe.min.js")
    axe_source = open(axe_path, encoding="utf-8").read()
    server = serve(site)
    driver = browser()
    failures = 0
    try:
        for path in paths:
            problems, version = check(driver, path, axe_source)
            failures += len(problems)
            print(f"{path}: {'ok' if not problems else f'{len(problems)} problem(s)'} (axe-core {version})")
            for problem in problems:
                print(f"  {problem}")
            if folder:
                screenshot(driver, path, folder)
    finally:
        driver.quit()
        server.shutdown()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
