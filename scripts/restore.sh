#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh (pg_dump's custom format) into a PostgreSQL database, replacing the
# portal's tables there. It runs in one transaction: if anything fails, the database is left as it was.
#
#   scripts/restore.sh FILE DATABASE
#   scripts/restore.sh /var/backups/ecomuna-2026-11-22.dump 'postgresql://ecomuna@localhost/ecomuna'
#
# Stop the portal first. The database must exist; for a new one: sudo -u postgres createdb --owner ecomuna ecomuna.
# Connect as the portal's own database user (the owner): the restored tables belong to the user who restores them.
# Afterwards run the portal's `migrate` command (or start it with Database__MigrateOnStartup=true), which brings a
# backup made by an older version up to the current schema.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 FILE DATABASE   e.g. $0 ecomuna.dump 'postgresql://ecomuna@localhost/ecomuna'" >&2
  exit 2
fi
file=$1
database=$2
if [ ! -f "$file" ]; then
  echo "No backup file $file" >&2
  exit 1
fi

pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error --dbname="$database" "$file"
echo "Restored $file into the database"
