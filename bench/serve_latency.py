#!/usr/bin/env python3
"""Save-to-reload latency of `generique serve`, measured the way an editor lives it.

Starts `generique serve --port 0` on a site, listens to its reload events like an open browser tab, then
repeatedly appends a sentence to one profile and measures, for each save:
  - event: from the file being written to the reload event reaching the tab;
  - page:  from the file being written to the tab having fetched the profile page with the new sentence
           (event, then GET of the page: what "reloaded with the new content" means).
The site's files are restored afterwards. Python standard library only.

    python3 bench/serve_latency.py --root .                          # the starter guide
    python3 bench/serve_latency.py --root bench/.corpus/n10000-s42/site --saves 15
"""
import argparse
import http.client
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time


def read_events(sock, buffer):
    """Blocks until one complete `site` event arrives; returns (generation, rest of buffer)."""
    while True:
        text = buffer.decode("utf-8", "replace").replace("\r\n", "\n")
        match = re.search(r"event: site\ndata: (\d+)\n\n", text)
        if match:
            rest = text[match.end():].encode()
            return int(match.group(1)), rest
        chunk = sock.recv(4096)
        if not chunk:
            raise RuntimeError("event stream closed")
        buffer += chunk


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", default=".", help="the site's root folder (content/ and templates/)")
    parser.add_argument("--generique", default=".build/release/generique", help="the binary to measure")
    parser.add_argument("--saves", type=int, default=20, help="number of saves measured")
    parser.add_argument("--profile", help="file name in content/profils/ to edit (default: the first)")
    args = parser.parse_args()

    profils = os.path.join(args.root, "content", "profils")
    name = args.profile or sorted(f for f in os.listdir(profils) if f.endswith(".md"))[0]
    path = os.path.join(profils, name)
    slug = name[:-3]
    original = open(path, "rb").read()

    # serve prints its second line only after a successful build: check first, so errors show instead of a hang.
    check = subprocess.run([args.generique, "check", "--root", args.root], capture_output=True, text=True)
    if check.returncode != 0:
        raise SystemExit(f"the site does not build:\n{check.stderr}")

    # serve's warnings go to a file: a pipe nobody reads would fill (a large corpus has thousands) and block it.
    errors = tempfile.TemporaryFile(mode="w+")
    server = subprocess.Popen(
        [args.generique, "serve", "--root", args.root, "--port", "0"],
        stdout=subprocess.PIPE, stderr=errors, text=True)
    try:
        line = server.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not match:
            errors.seek(0)
            raise SystemExit(f"serve did not start: {line}{errors.read()}")
        port = int(match.group(1))
        first_build = server.stdout.readline().strip()

        sock = socket.create_connection(("127.0.0.1", port))
        sock.sendall(b"GET /__generique/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        generation, buffer = read_events(sock, b"")
        base_path = "/"
        probe = http.client.HTTPConnection("127.0.0.1", port)
        probe.request("GET", "/")
        response = probe.getresponse()
        response.read()
        if response.status in (301, 302):
            base_path = response.getheader("Location")
        page_url = f"{base_path}profils/{slug}/"

        event_ms, page_ms = [], []
        for save in range(args.saves):
            time.sleep(0.3)  # a human does not save twice in 300 ms; lets the previous rebuild settle
            marker = f"Mesure de latence numéro {save}-{time.time_ns()}."
            start = time.perf_counter()
            with open(path, "wb") as handle:
                handle.write(original + f"\n{marker}\n".encode())
            generation, buffer = read_events(sock, buffer)
            event_ms.append((time.perf_counter() - start) * 1000)
            connection = http.client.HTTPConnection("127.0.0.1", port)
            connection.request("GET", page_url)
            body = connection.getresponse().read().decode()
            page_ms.append((time.perf_counter() - start) * 1000)
            if marker not in body:
                raise SystemExit(f"save {save}: the page fetched after the event lacks the new text")
        sock.close()
    finally:
        with open(path, "wb") as handle:
            handle.write(original)
        server.terminate()
        server.wait()

    def summary(values):
        ordered = sorted(values)
        return (f"median {statistics.median(ordered):.0f} ms, min {ordered[0]:.0f}, "
                f"p90 {ordered[int(0.9 * (len(ordered) - 1))]:.0f}, max {ordered[-1]:.0f}")

    print(f"site: {args.root} ({first_build})")
    print(f"saves: {args.saves}, edited: content/profils/{name}")
    print(f"save → reload event:            {summary(event_ms)}")
    print(f"save → page with the new text:  {summary(page_ms)}")


if __name__ == "__main__":
    sys.exit(main())
