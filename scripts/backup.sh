#!/usr/bin/env bash
# Backs up the portal's PostgreSQL database to one file in pg_dump's custom format (compressed, restored with
# scripts/restore.sh). Everything the portal keeps is in the database: members, accounts, pictures, the outbox and the
# data protection keys that encrypt login cookies and links in mail, so keep the file as safe as those keys.
#
#   scripts/backup.sh DATABASE FILE
#   scripts/backup.sh 'postgresql://ecomuna@localhost/ecomuna' /var/backups/ecomuna-$(date +%F).dump
#
# DATABASE is a libpq connection URI or keyword string (not the portal's Npgsql connection string); the password
# comes from ~/.pgpass or PGPASSWORD. pg_dump must be of the server's major version or newer. The portal may keep
# running: pg_dump reads one consistent snapshot.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 DATABASE FILE   e.g. $0 'postgresql://ecomuna@localhost/ecomuna' ecomuna.dump" >&2
  exit 2
fi
database=$1
file=$2
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

pg_dump --format=custom --file="$partial" --dbname="$database"
# A backup that cannot be read back is no backup: list its contents before calling it done.
pg_restore --list "$partial" >/dev/null
mv -f "$partial" "$file"
echo "Backed up to $file ($(du -h "$file" | cut -f1))"
