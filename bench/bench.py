#!/usr/bin/env python3
"""Benchmarks of issue 14: Percorsi against the bare stack (bench/bare), measured in the same run, interleaved.

    python3 bench/bench.py --percorsi target/percorsi-0.1.0-SNAPSHOT.jar --bare bench/bare/target/bare-0.1.0-SNAPSHOT.jar \
        [--what startup,heap,load] [--runs 5] [--sessions 30] [--concurrency 5,10,20] [--loops 2]

startup  restart to health UP (median of --runs, the database already filled): the executable jar without a cache,
         with a JDK 25 AOT cache, and extracted (java -Djarmode=tools ... extract) with an AOT cache as bin/percorsi
         runs it; each cache trained on a real start (started until UP, the referent journey once, then stopped);
         also the JVM's CPU time until UP (on n cores a start takes at least its CPU time / n)
heap     live heap and com.vaadin.flow.internal.StateNode instances per logged-in session: --sessions real headless
         Chromium sessions follow the referent journey and stay open; jcmd GC.class_histogram (which runs a full GC)
         before and after, difference divided by the number of sessions; measured twice: with the browsers still
         connected (their open connections' buffers count too) and after the browser closed (the sessions and
         their UIs stay on the server: what a logged-in session costs)
load     server time per request from Tomcat's access log (%D, microseconds on Tomcat 11; turned on only here, by
         --server.tomcat.accesslog.* arguments) and JVM CPU per request and per journey (/proc/<pid>/stat), after
         --warmup-loops journeys per session at the first level that are not counted (JIT), with c concurrent sessions
         doing the journey --loops times each, for every c of --concurrency

Prints a markdown table (also written to bench/results/<time>.md). Nothing is asserted: figures are reported.
Needs a JDK 25 (JAVA_HOME), node with bench/node_modules (cd bench && npm install) and /usr/bin/chromium.
"""
import argparse, json, os, shutil, signal, statistics, subprocess, sys, tempfile, time, urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
JAVA_HOME = os.environ.get('JAVA_HOME', '/usr/lib/jvm/temurin-25-jdk-amd64')
JAVA, JCMD = f'{JAVA_HOME}/bin/java', f'{JAVA_HOME}/bin/jcmd'
PORTS = {'percorsi': 18091, 'bare': 18092, 'percorsi-2': 18093}
HEAP = ['-Xmx1g', '-Xms256m']
RUN_AS = 'jar'  # heap and load: 'jar' (java -jar app.jar) or 'launcher' (extracted jar + trained AOT cache)
STATIC = ('/VAADIN/build/', '/VAADIN/static/', '/VAADIN/themes/', '/fonts/', '/images/', '/favicon', '/icons/',
          '/sw.js', '/manifest.webmanifest', '/offline')
STATIC_EXT = ('.css', '.js', '.png', '.svg', '.woff', '.woff2', '.ico', '.jpg', '.webp')


def log(*a):
    print(*a, file=sys.stderr, flush=True)


class App:
    def __init__(self, name, jar, workdir):
        self.name, self.jar, self.dir, self.proc = name, jar, Path(workdir), None
        self.port = PORTS[name]
        self.dir.mkdir(parents=True, exist_ok=True)

    @property
    def base(self):
        return f'http://127.0.0.1:{self.port}'

    def extracted(self):
        """The jar in Spring Boot's extracted form (java -Djarmode=tools -jar app.jar extract), as bin/percorsi
        runs it: the application jar with its libraries in lib/ on the class path, which the JVM's AOT cache
        needs (it keeps only classes of the built-in class loaders, not those of the nested-jar loader)."""
        dest = self.dir / 'extracted'
        stamp = dest / '.from'
        key = f'{self.jar} {self.jar.stat().st_mtime_ns}'
        if not stamp.exists() or stamp.read_text() != key:
            shutil.rmtree(dest, ignore_errors=True)
            subprocess.run([JAVA, '-Djarmode=tools', '-jar', str(self.jar), 'extract', '--destination', str(dest)],
                           check=True, capture_output=True)
            stamp.write_text(key)
        return dest / self.jar.name

    def trained(self):
        """(jvm options, jar) of the extracted jar with an AOT cache trained on a real start (started until UP,
        the journey once, stopped), trained once per extraction: how bin/percorsi runs the portal."""
        jar = self.extracted()
        aot = self.dir / 'extracted.aot'
        if not aot.exists() or aot.stat().st_mtime < (self.dir / 'extracted' / '.from').stat().st_mtime:
            self.train(aot, jar)
        return [f'-XX:AOTCache={aot}'], jar

    def train(self, aot, jar):
        """An AOT cache trained on a real start: started until UP, the journey once, a clean stop writes it."""
        aot.unlink(missing_ok=True)
        self.start(jvm=[f'-XX:AOTCacheOutput={aot}'], jar=jar)
        journey_once(self)
        self.stop()

    def start(self, jvm=(), args=(), jar=None):
        """Starts the jar (or the given form of it) and returns the milliseconds until /actuator/health says UP."""
        t0 = time.monotonic()
        cmd = [JAVA, *HEAP, '--enable-native-access=ALL-UNNAMED', *jvm, '-jar', str(jar or self.jar),
               f'--server.port={self.port}', *args]
        self.out = open(self.dir / 'run.log', 'w')
        self.proc = subprocess.Popen(cmd, cwd=self.dir, stdout=self.out, stderr=subprocess.STDOUT)
        while True:
            if self.proc.poll() is not None:
                raise SystemExit(f'{self.name} exited, see {self.dir}/run.log')
            try:
                with urllib.request.urlopen(self.base + '/actuator/health', timeout=2) as r:
                    if b'"UP"' in r.read():
                        return (time.monotonic() - t0) * 1000
            except Exception:
                pass
            time.sleep(0.05)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(120)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def histogram(self):
        """(bytes, StateNode instances) of live objects: GC.class_histogram runs a full GC first."""
        subprocess.run([JCMD, str(self.proc.pid), 'GC.run'], check=True, capture_output=True)
        out = subprocess.run([JCMD, str(self.proc.pid), 'GC.class_histogram'], check=True, capture_output=True,
                             text=True).stdout
        total = nodes = 0
        classes = {}
        for line in out.splitlines():
            parts = line.split()
            if parts and parts[0] == 'Total':
                total = int(parts[2])
            elif len(parts) >= 4 and parts[0].endswith(':'):
                classes[parts[3]] = (int(parts[1]), int(parts[2]))
                if parts[3] == 'com.vaadin.flow.internal.StateNode':
                    nodes = int(parts[1])
        return total, nodes, classes

    def cpu_ms(self):
        fields = Path(f'/proc/{self.proc.pid}/stat').read_text().rsplit(')', 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf('SC_CLK_TCK')


def node(*args, stdin=None):
    return subprocess.Popen(['node', str(BENCH / 'journey.mjs'), *map(str, args)], stdin=stdin,
                            stdout=subprocess.PIPE, text=True)


def journey_once(app):
    p = node('load', app.base, 'bare' if app.name == 'bare' else 'percorsi', 1, 1)
    out, _ = p.communicate()
    if p.returncode:
        raise SystemExit(f'journey failed on {app.name}')
    return json.loads(out.strip().splitlines()[-1])


def median(xs):
    return statistics.median(xs) if xs else float('nan')


def p95(xs):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))] if xs else float('nan')


def prepare(apps, journeys=True):
    """First start of each app in its folder: fills the database (Percorsi: content import, demo accounts, the
    referent's path from a completed self-assessment)."""
    for app in apps:
        if (app.dir / '.prepared').exists():
            continue
        app.start()
        if app.name.startswith('percorsi'):  # the journey (also the AOT training's) needs the referent's path
            subprocess.run(['node', str(BENCH / 'journey.mjs'), 'setup', app.base, 'percorsi'], check=True)
        if not journeys:  # start-up only: the first start filled the database
            app.stop()
            (app.dir / '.prepared').touch()
            continue
        journey_once(app)
        app.stop()
        (app.dir / '.prepared').touch()


def startup(apps, runs, rows):
    """apps: one or more Percorsi jars (names starting with 'percorsi') and the bare stack, started in turn.
    Three ways, each app's runs interleaved with the others': the executable jar without a cache; the executable
    jar with an AOT cache (how bin/percorsi ran it before 4 Dec 2026: the cache then holds only the JDK's own
    classes); the extracted jar with an AOT cache (how bin/percorsi runs it now)."""
    modes = [('no AOT cache, executable jar', lambda app: app.jar, False),
             ('AOT cache, executable jar', lambda app: app.jar, True),
             ('AOT cache, extracted jar (bin/percorsi)', lambda app: app.extracted(), True)]
    times = {(m, a.name): [] for m, _, _ in modes for a in apps}
    cpu = {(m, a.name): [] for m, _, _ in modes for a in apps}  # JVM CPU (user + system) spent until UP
    sizes = {}
    for m, form, cache in modes:
        if cache:
            for app in apps:
                aot = app.dir / f'{app.name}-{len(sizes)}.aot'
                app.train(aot, form(app))
                sizes[(m, app.name)] = aot
        for i in range(runs):
            for app in apps:  # interleaved
                aot = sizes.get((m, app.name))
                jvm = [f'-XX:AOTCache={aot}'] if aot else []
                if aot and not aot.exists():
                    times[(m, app.name)].append(float('nan'))
                    continue
                times[(m, app.name)].append(app.start(jvm=jvm, jar=form(app)))
                cpu[(m, app.name)].append(app.cpu_ms())
                app.stop()
    for app in apps:
        if app.name == 'bare':
            continue
        label = '' if app.name == 'percorsi' else f' [{app.name}: {app.jar.name}]'
        for m, _, cache in modes:
            p, b = median(times[(m, app.name)]), median(times[(m, 'bare')])
            size = ''
            if cache:
                mb = lambda n: (sizes[(m, n)].stat().st_size >> 20) if sizes[(m, n)].exists() else 0
                size = f' (P {mb(app.name)} MB, B {mb("bare")} MB)'
            rows.append((f'restart to health UP, median of {runs}, {m}{size}{label}', f'{p/1000:.1f} s', f'{b/1000:.1f} s',
                         f'{p/b:.2f}×', 'runs (ms): P ' + ' '.join('%.0f' % x for x in times[(m, app.name)])
                         + ' / B ' + ' '.join('%.0f' % x for x in times[(m, 'bare')])))
            # on n cores a start cannot take less wall time than its CPU time / n
            pc, bc = median(cpu[(m, app.name)]), median(cpu[(m, 'bare')])
            rows.append((f'JVM CPU (user + system) until health UP, median of {runs}, {m}{label}', f'{pc/1000:.1f} s',
                         f'{bc/1000:.1f} s', f'{pc/bc:.2f}×', f'on {os.cpu_count()} cores at least {pc/1000/os.cpu_count():.1f} s '
                         f'/ {bc/1000/os.cpu_count():.1f} s of wall time'))
        import_lines = [l for l in (app.dir / 'run.log').read_text().splitlines() if 'Content import' in l]
        if import_lines:
            rows.append((f'content import at start, nothing changed (last run\'s log){label}',
                         import_lines[-1].split(': ', 1)[-1][:110], '–', '', ''))
        started = [l for l in (app.dir / 'run.log').read_text().splitlines() if 'Started ' in l]
        if started:
            rows.append((f'"Started" line of the last run (AOT cache, extracted){label}', started[-1].split(': ', 1)[-1][:80], '', '', ''))


def start_measured(app, args=()):
    """Starts an app for the heap and load measures: the executable jar, or (--run-as launcher) the extracted jar
    with its trained AOT cache, as bin/percorsi runs it."""
    if RUN_AS == 'launcher':
        jvm, jar = app.trained()
        return app.start(jvm=jvm, args=args, jar=jar)
    return app.start(args=args)


def heap(apps, sessions, rows):
    res = {}
    for app in apps:
        start_measured(app)
        journey_once(app)  # warm-up: classes, caches; its session stays in the baseline
        time.sleep(1)
        before = app.histogram()
        p = node('hold', app.base, app.name, sessions, stdin=subprocess.PIPE)
        info = None
        for line in p.stdout:
            if line.startswith('{'):
                info = json.loads(line)
            if line.strip() == 'READY':
                break
        time.sleep(2)
        connected = app.histogram()
        # The browser closes: its connections end (Tomcat frees their socket and response buffers, about 16-24 KB
        # each, and a page with more files opens more of them); the sessions and their UIs stay on the server.
        p.stdin.close()
        p.wait()
        time.sleep(3)
        after = app.histogram()
        app.stop()
        res[app.name] = ((after[0] - before[0]) / sessions, (after[1] - before[1]) / sessions, info,
                         (connected[0] - before[0]) / sessions)
        diff = {c: ((n - before[2].get(c, (0, 0))[0]) / sessions, (b - before[2].get(c, (0, 0))[1]) / sessions)
                for c, (n, b) in after[2].items()}
        top = sorted(diff.items(), key=lambda kv: -kv[1][1])[:40]
        with open(app.dir / 'heap-classes.txt', 'w') as f:
            f.write(f'{app.name}: per session (browsers closed), the classes holding most bytes (instances, bytes)\n')
            for c, (n, b) in top:
                f.write(f'{n:10.1f} {b:12.0f}  {c}\n')
            f.write('\nVaadin components per session (instances)\n')
            for c, (n, b) in sorted(diff.items(), key=lambda kv: -kv[1][0]):
                if c.startswith('com.vaadin.flow.component.') and n >= 0.5:
                    f.write(f'{n:10.1f}  {c}\n')
        log(f'class breakdown: {app.dir}/heap-classes.txt')
    p, b = res['percorsi'], res['bare']
    rows.append(('live heap per logged-in session after a full GC (%d sessions), browsers still connected' % sessions,
                 f'{p[3]/1024:.0f} KB', f'{b[3]/1024:.0f} KB', f'{p[3]/b[3]:.2f}×', 'includes the open connections'))
    rows.append(('live heap per logged-in session after a full GC (%d sessions), browsers closed' % sessions,
                 f'{p[0]/1024:.0f} KB', f'{b[0]/1024:.0f} KB', f'{p[0]/b[0]:.2f}×', 'the sessions and their UIs'))
    rows.append(('StateNode instances per session', f'{p[1]:.0f}', f'{b[1]:.0f}',
                 f'{p[1]/b[1]:.1f}×' if b[1] else '', ''))
    for app_name in ('percorsi', 'bare'):
        times = res[app_name][2]['times'] if res[app_name][2] else {}
        for step, xs in times.items():
            rows.append((f'browser-ready time, {step} ({app_name}, {len(xs)} sessions one after another)',
                         f'{median(xs):.0f} ms p50 / {p95(xs):.0f} ms p95' if app_name == 'percorsi' else '',
                         f'{median(xs):.0f} ms p50 / {p95(xs):.0f} ms p95' if app_name == 'bare' else '', '', ''))


def access_lines(app):
    files = sorted((app.dir / 'access').glob('*.log'))
    return [l for f in files for l in f.read_text().splitlines()]


def dynamic(line):
    parts = line.split()
    if len(parts) < 4:
        return None
    path = parts[1].split('?')[0]
    if path.startswith(STATIC) or path.endswith(STATIC_EXT):
        return None
    return int(parts[-1])


def load(apps, levels, loops, rows, warmup=0):
    args = ['--server.tomcat.accesslog.enabled=true',
            '--server.tomcat.accesslog.prefix=access', '--server.tomcat.accesslog.suffix=.log',
            '--server.tomcat.accesslog.buffered=false', '--server.tomcat.accesslog.rotate=false',
            '--server.tomcat.accesslog.pattern=%m %U%q %s %D']
    for app in apps:
        shutil.rmtree(app.dir / 'access', ignore_errors=True)
        start_measured(app, args=args + [f'--server.tomcat.accesslog.directory={app.dir / "access"}'])
        journey_once(app)  # warm-up
        if warmup:
            # steady state: the first minutes of a JVM spend CPU compiling hot code, more for a larger app;
            # a server runs for days, so those journeys are not counted
            node('load', app.base, app.name, levels[0], warmup).communicate()
    for c in levels:
        res = {}
        for app in apps:  # interleaved, one app under load at a time
            n0, cpu0 = len(access_lines(app)), app.cpu_ms()
            p = node('load', app.base, app.name, c, loops)
            out, _ = p.communicate()
            cpu = app.cpu_ms() - cpu0
            lines = access_lines(app)[n0:]
            dyn = [d for d in map(dynamic, lines) if d is not None]
            res[app.name] = (dyn, cpu, json.loads(out.strip().splitlines()[-1])['times'] if out.strip() else {})
        (pd, pc, pt), (bd, bc, bt) = res['percorsi'], res['bare']
        if not pd or not bd:
            log(f'no access log lines at {c} sessions (percorsi {len(pd)}, bare {len(bd)})')
            continue
        pm, bm = statistics.mean(pd) / 1000, statistics.mean(bd) / 1000
        rows.append((f'server time per request (%D), {c} concurrent sessions, mean / p95',
                     f'{pm:.1f} / {p95(pd)/1000:.1f} ms ({len(pd)} req)', f'{bm:.1f} / {p95(bd)/1000:.1f} ms ({len(bd)} req)',
                     f'{pm/bm:.2f}×', 'static files excluded'))
        pcr, bcr = pc / len(pd), bc / len(bd)
        rows.append((f'JVM CPU per request, {c} concurrent sessions', f'{pcr:.1f} ms', f'{bcr:.1f} ms',
                     f'{pcr/bcr:.2f}×', ''))
        pjs, bjs = len(pd) / max(1, c * loops), len(bd) / max(1, c * loops)
        rows.append((f'JVM CPU per journey, {c} concurrent sessions', f'{pc / max(1, c * loops):.0f} ms',
                     f'{bc / max(1, c * loops):.0f} ms', f'{pc / bc:.2f}×' if bc else '',
                     'does not depend on how many requests a journey takes'))
        log('\n'.join(' | '.join(r) for r in rows[-3:]))
        rows.append((f'requests per journey, {c} concurrent sessions', f'{pjs:.1f}', f'{bjs:.1f}', '', ''))
    for app in apps:
        app.stop()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--percorsi', required=True)
    ap.add_argument('--bare', required=True)
    ap.add_argument('--percorsi2', default=None, help='startup only: a second Percorsi jar (e.g. before a change), same run')
    ap.add_argument('--what', default='startup,heap,load')
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--sessions', type=int, default=30)
    ap.add_argument('--concurrency', default='5,10,20')
    ap.add_argument('--loops', type=int, default=2)
    ap.add_argument('--warmup-loops', type=int, default=2,
                    help='load: journeys per session at the first level before measuring, not counted (0: none)')
    ap.add_argument('--port-offset', type=int, default=0)
    ap.add_argument('--run-as', choices=('jar', 'launcher'), default='jar',
                    help='heap and load: run each app as java -jar (default) or as bin/percorsi does (extracted, AOT cache)')
    ap.add_argument('--workdir', default=None, help='kept between runs when given; a fresh temporary folder otherwise')
    a = ap.parse_args()
    for k in PORTS:
        PORTS[k] += a.port_offset
    global RUN_AS
    RUN_AS = a.run_as
    work = Path(a.workdir or tempfile.mkdtemp(prefix='percorsi-bench-'))
    apps = [App('percorsi', Path(a.percorsi).resolve(), work / 'percorsi'), App('bare', Path(a.bare).resolve(), work / 'bare')]
    if a.percorsi2:
        apps.insert(1, App('percorsi-2', Path(a.percorsi2).resolve(), work / 'percorsi-2'))
    rows = []
    what = a.what.split(',')
    try:
        if (work / '.prepared').exists():  # folders prepared by an earlier version of this script
            for app in apps:
                if app.name != 'percorsi-2':
                    (app.dir / '.prepared').touch()
        prepare(apps, journeys=what != ['startup'])
        if 'heap' in what:
            heap(apps, a.sessions, rows)
        if 'load' in what:
            load(apps, [int(x) for x in a.concurrency.split(',')], a.loops, rows, warmup=a.warmup_loops)
        if 'startup' in what:
            startup(apps, a.runs, rows)
    finally:
        for app in apps:
            app.stop()
        report(a, rows)


def report(a, rows):
    la = open('/proc/loadavg').read().split()[:3]
    table = [f'Percorsi `{a.percorsi}` vs bare stack `{a.bare}` (run as: {a.run_as}); {os.cpu_count()} cores, load {" ".join(la)}; '
             + time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime()), '',
             '| measure | Percorsi | bare stack | ratio | note |', '|---|---|---|---|---|']
    table += ['| ' + ' | '.join(r) + ' |' for r in rows]
    text = '\n'.join(table)
    print(text)
    out = BENCH / 'results'
    out.mkdir(exist_ok=True)
    (out / time.strftime('%Y%m%d-%H%M%S.md', time.gmtime())).write_text(text + '\n')


if __name__ == '__main__':
    main()
