#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Launch figures for build-aux/bench: how long from exec until the results
are on screen, and what memory that holds, against a minimal GTK 4 window
(tests/bench/minimal-window.c) and against Chromium opening a local results
page. Each measurement is a fresh process; the two programs of a round run
back to back, in alternating order; each figure is the median of the
rounds' ratios, with the lowest and highest round. Run under an X server
(Xvfb) in a D-Bus session.

Usage: bench-startup.py BUILD_DIR SOURCE_DIR
"""
import glob
import http.server
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

build, top = sys.argv[1], sys.argv[2]
app = os.path.join(build, "src", "matganana")
minimal = os.path.join(build, "tests", "minimal-window")
rounds = int(os.environ.get("MG_BENCH_ROUNDS", "21"))
# The renderer Matganana chooses by itself (src/mg-renderer.c): cairo where
# OpenGL has no GPU render node behind it.
software_gl = not glob.glob("/dev/dri/renderD*")
app_renderer = "cairo" if software_gl else "gl"


def launch(argv, mode, renderer=None, cache=None):
    """Seconds from exec to the frame MATGANANA_BENCH=mode waits for, and
    the resident memory then in KiB."""
    env = dict(os.environ, MATGANANA_BENCH=mode)
    env.pop("GSK_RENDERER", None)
    if renderer is not None:
        env["GSK_RENDERER"] = renderer
    if cache is not None:
        env["XDG_CACHE_HOME"] = cache
    start = time.perf_counter()
    out = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60).stdout
    elapsed = time.perf_counter() - start
    return elapsed, int(re.search(r"rss-kib: (\d+)", out).group(1))


def alternate(a, b, n):
    """n rounds of a() and b(), in alternating order: two lists of results."""
    got = {"a": [], "b": []}
    for i in range(n):
        order = (("a", a), ("b", b)) if i % 2 == 0 else (("b", b), ("a", a))
        for name, f in order:
            got[name].append(f())
    return got["a"], got["b"]


def spread(values, scale=1.0, digits=0):
    values = [v * scale for v in values]
    return (f"{statistics.median(values):.{digits}f} "
            f"({min(values):.{digits}f}–{max(values):.{digits}f})")


def ratio_line(name, ratios):
    print(f"{name}: {statistics.median(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f}, "
          f"{len(ratios)} rounds)")


def fresh_cache():
    return tempfile.mkdtemp(prefix="bench-cache-")


# Warm the caches once.
for argv in ([app], [minimal]):
    launch(argv, "first-frame")

# The window's first frame, whatever it shows: startup-ratio, as before.
app_w, min_w = alternate(lambda: launch([app], "window-frame"), lambda: launch([minimal], "first-frame"), rounds)
startup = [a[0] / m[0] for a, m in zip(app_w, min_w)]

# Exec to the frame with the results painted (the seat chart), warm: against
# the minimal window as GTK draws it here by default, and as cairo draws it.
app_r, min_r = alternate(lambda: launch([app], "first-frame"), lambda: launch([minimal], "first-frame"), rounds)
results = [a[0] / m[0] for a, m in zip(app_r, min_r)]
app_c, min_c = alternate(lambda: launch([app], "first-frame"),
                         lambda: launch([minimal], "first-frame", renderer="cairo"), rounds)
results_cairo = [a[0] / m[0] for a, m in zip(app_c, min_c)]
print(f"results: matganana {spread([t for t, _ in app_r], 1000)} ms, minimal window "
      f"{spread([t for t, _ in min_r], 1000)} ms (GTK's default renderer here), "
      f"{spread([t for t, _ in min_c], 1000)} ms (cairo) to the first frame; Matganana draws with "
      f"{app_renderer}")

# Cold: an empty $XDG_CACHE_HOME for every launch of either.
cold_rounds = max(5, rounds // 2)
app_k, min_k = alternate(lambda: launch([app], "first-frame", cache=fresh_cache()),
                         lambda: launch([minimal], "first-frame", cache=fresh_cache()), cold_rounds)
cold = [a[0] / m[0] for a, m in zip(app_k, min_k)]
print(f"cold: matganana {spread([t for t, _ in app_k], 1000)} ms, minimal window "
      f"{spread([t for t, _ in min_k], 1000)} ms to the first frame, empty cache")

# Memory, against the minimal window drawn by the same renderer: at the
# first frame, and five seconds later with the window idle.
rss_first = [(a[1] - m[1]) / 1024 for a, m in zip(app_c, min_c)] if software_gl else \
            [(a[1] - m[1]) / 1024 for a, m in zip(app_r, min_r)]
same = "cairo" if software_gl else None
settled_rounds = max(3, rounds // 4)
app_s, min_s = alternate(lambda: launch([app], "settled"), lambda: launch([minimal], "settled", renderer=same),
                         settled_rounds)
rss_settled = [(a[1] - m[1]) / 1024 for a, m in zip(app_s, min_s)]
print(f"memory: matganana {spread([r for _, r in app_s], 1 / 1024, 1)} MiB, minimal window "
      f"{spread([r for _, r in min_s], 1 / 1024, 1)} MiB resident 5 s after the first frame ({app_renderer})")


# Chromium opening a local results page (the bundled counting-day results:
# the chart Matganana exports and the party table), fresh profile, no GPU:
# exec to the page's second animation frame after load, which asks the
# server for /painted.
def browser_figures():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        return None
    site = tempfile.mkdtemp(prefix="bench-site-")
    subprocess.run([app, f"--export-chart={site}/chart.svg", "--state=gujarat"], check=True,
                   env=dict(os.environ, MATGANANA_BENCH=""))
    feed = json.load(open(os.path.join(top, "data", "feeds", "default.json")))
    state = feed["states"][0]
    rows = "".join(f"<tr><td>{p['name'] if isinstance(p['name'], str) else p['name']['en']}</td>"
                   f"<td>{p['won']}</td><td>{p['leading']}</td><td>{p['won'] + p['leading']}</td></tr>"
                   for p in state["parties"])
    with open(os.path.join(site, "index.html"), "w") as page:
        page.write("<!doctype html><meta charset=utf-8><title>Results</title>"
                   "<style>body{font-family:'Noto Sans',sans-serif;margin:24px}img{width:640px}"
                   "td{padding:4px 12px}</style>"
                   "<img src=chart.svg alt='Seat chart'><table><tr><th>Party<th>Won<th>Leading<th>Total"
                   f"{rows}</table><script>addEventListener('load',()=>requestAnimationFrame(()=>"
                   "requestAnimationFrame(()=>fetch('/painted'))))</script>")
    painted = threading.Event()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=site, **kwargs)

        def do_GET(self):
            if self.path == "/painted":
                painted.set()
                self.send_response(204)
                self.end_headers()
                return
            super().do_GET()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"

    def chromium_cold():
        profile = tempfile.mkdtemp(prefix="bench-chromium-")
        painted.clear()
        start = time.perf_counter()
        proc = subprocess.Popen([chromium, "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                                 "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                                 "--disable-component-update", "--disable-sync", "--disable-features=Translate",
                                 url], env=dict(os.environ, XDG_CACHE_HOME=fresh_cache()),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        ok = painted.wait(60)
        elapsed = time.perf_counter() - start
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        shutil.rmtree(profile, ignore_errors=True)
        if not ok:
            raise RuntimeError("Chromium never painted the page")
        return elapsed, 0

    chromium_cold()                          # the first run of all sets up what is shared
    browser_rounds = max(5, rounds // 3)
    chrome, mine = alternate(chromium_cold, lambda: launch([app], "first-frame", cache=fresh_cache()),
                             browser_rounds)
    server.shutdown()
    print(f"browser: Chromium {spread([t for t, _ in chrome], 1000)} ms to a local results page painted, "
          f"Matganana {spread([t for t, _ in mine], 1000)} ms to its results, both cold")
    return [c[0] / m[0] for c, m in zip(chrome, mine)]


browser = browser_figures()


# Where a launch's time goes, phase by phase (MATGANANA_BENCH=phases: each
# phase's end, since exec), warm and cold, with each renderer.
def phases(renderer, empty_cache):
    env = dict(os.environ, MATGANANA_BENCH="phases", GSK_RENDERER=renderer)
    if empty_cache:
        env["XDG_CACHE_HOME"] = fresh_cache()
    out = subprocess.run([app], env=env, capture_output=True, text=True, timeout=60).stdout
    return {m.group(1): float(m.group(2)) for m in re.finditer(r"phase: (.+): ([\d.]+) ms", out)}


for renderer in ("cairo", "gl"):
    for empty_cache in (False, True):
        runs = [phases(renderer, empty_cache) for _ in range(5)]
        names = [name for name in runs[0] if all(name in run for run in runs)]
        print(f"phases, {renderer}, {'cold' if empty_cache else 'warm'} (medians of 5, ms since exec): " +
              ", ".join(f"{name} {statistics.median(run[name] for run in runs):.0f}" for name in names))

ratio_line("startup-ratio", startup)
ratio_line("results-ratio", results)
ratio_line("results-ratio-cairo", results_cairo)
print(f"cold-results-ms: {spread([t for t, _ in app_k], 1000)}")
ratio_line("cold-results-ratio", cold)
if browser is None:
    print("browser-ratio: skipped (no Chromium)")
else:
    ratio_line("browser-ratio", browser)
print(f"rss-delta-mib: {spread(rss_first, 1, 1)}")
print(f"rss-settled-delta-mib: {spread(rss_settled, 1, 1)}")
