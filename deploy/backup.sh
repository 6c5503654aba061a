#!/bin/sh
# Nightly backup of the production database (docs/deployment.md, "Backups"): a pg_dump in
# custom format, checked readable by pg_restore --list, 14 days kept. PG* variables name the server.
set -eu
dir="${1:-/backups}"
file="$dir/alternance-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --no-owner --file="$file.partial"
# A dump that pg_restore cannot list is not a backup: keep the previous ones, fail loudly.
pg_restore --list "$file.partial" > /dev/null
mv "$file.partial" "$file"
find "$dir" -name 'alternance-*.dump' -mtime +14 -delete
echo "backup written: $file"
