# A deliberately injectable page for SqlmapCanaryTests: GET /?q=1 runs "select ... where id = " + q on an in-memory
# SQLite database. It proves that the sqlmap test's judgement recognises a real injection. Listens on loopback only.
import http.server
import sqlite3
import sys
import urllib.parse

db = sqlite3.connect(":memory:", check_same_thread=False)
db.execute("create table items(id integer, name text)")
db.executemany("insert into items values (?, ?)", [(i, "item %d" % i) for i in range(10)])


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        q = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query).get("q", ["1"])[0]
        try:
            rows = db.execute("select name from items where id = " + q).fetchall()
            body, code = "<p>" + " ".join(r[0] for r in rows) + "</p>", 200
        except Exception:
            body, code = "<p>error</p>", 500
        self.send_response(code)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
