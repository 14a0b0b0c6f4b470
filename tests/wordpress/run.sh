#!/usr/bin/env bash
# The WordPress plugin, tested in a real WordPress (Debian's packages, nothing downloaded):
#   1. PHP lint (php -l) and escaping / nonce / capability checks (lint.php);
#   2. a private MariaDB (own data dir and socket, no TCP port) and WordPress copy,
#      installed with wp_install() with a Spanish site locale (es_ES, from Debian's
#      wordpress-l10n), and pages of blocks and shortcodes (setup.php);
#   3. php -S on a random port, then Chromium (playwright-core) uploads the built zip under
#      Plugins > Add New, activates it, checks the pages, the settings page and inserting
#      a block in the block editor (check.mjs); server-side checks (php-units.php) and
#      deleting the plugin (uninstall.php).
# Prints `ok - …` / `not ok - …` per check and ends with `wordpress: N passed, N failed`.
# Needs root (or sudo) only to install missing Debian packages. Cleans up after itself.
#
# Usage: tests/wordpress/run.sh [--keep] (after `npm run build:wordpress`)
#   WP_SCREENSHOTS=dir  also writes the docs screenshots there.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
ZIP="$ROOT/build/wordpress/iop-widgets.zip"
START=$(date +%s)
KEEP=${1:-}

log() { echo "== wordpress: $*"; }

# --- 1. packages --------------------------------------------------------------------
need=()
command -v php >/dev/null 2>&1 || need+=(php-cli)
MODULES=$(php -m 2>/dev/null || true)
grep -qix 'mysqli' <<<"$MODULES" || need+=(php-mysql)
grep -qix 'mbstring' <<<"$MODULES" || need+=(php-mbstring)
grep -qix 'xml' <<<"$MODULES" || need+=(php-xml)
[ -x /usr/sbin/mariadbd ] || need+=(mariadb-server)
[ -f /usr/share/wordpress/wp-load.php ] || need+=(wordpress)
[ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] || need+=(wordpress-theme-twentytwentythree)
[ -f /usr/share/wordpress/wp-content/languages/es_ES.mo ] || need+=(wordpress-l10n)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]} (Debian packages)"
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || { echo "wordpress: 0 passed, 1 failed (could not install ${need[*]})"; exit 1; }
fi
[ -f "$ZIP" ] || { echo "not ok - the plugin zip exists (run npm run build:wordpress)"; echo "wordpress: 0 passed, 1 failed"; exit 1; }

RESULTS=$(mktemp)
record() { tee -a "$RESULTS"; }

# --- 2. lint ------------------------------------------------------------------------
SRC="$ROOT/integrations/wordpress"
lint_failed=0
while IFS= read -r file; do
  if out=$(php -l "$file" 2>&1); then :; else lint_failed=1; echo "$out"; fi
done < <(find "$SRC" -name '*.php' | sort)
if [ $lint_failed = 0 ]; then echo "ok - php -l: every PHP file parses" | record; else echo "not ok - php -l: syntax errors" | record; fi
php "$ROOT/tests/wordpress/lint.php" "$SRC" | record

# --- 3. a private MariaDB and WordPress -----------------------------------------------
WORK=$(mktemp -d /tmp/iop-wp.XXXXXX)
MYSQL_PID=""; PHP_PID=""
cleanup() {
  # php -S with workers forks children: stop its whole process group.
  if [ -n "$PHP_PID" ]; then
    kill -- "-$PHP_PID" 2>/dev/null || kill "$PHP_PID" 2>/dev/null
    wait "$PHP_PID" 2>/dev/null
  fi
  if [ -n "$MYSQL_PID" ]; then
    kill "$MYSQL_PID" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$MYSQL_PID" 2>/dev/null || break; sleep 0.2; done
  fi
  if [ "$KEEP" = "--keep" ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
  rm -f "$RESULTS"
}
trap cleanup EXIT

SOCK="$WORK/mysql.sock"
log "MariaDB in $WORK/db (socket only)"
USER_OPT=(); [ "$(id -u)" = "0" ] && USER_OPT=(--user=root)
mariadb-install-db --no-defaults "${USER_OPT[@]}" --datadir="$WORK/db" --auth-root-authentication-method=normal \
  --skip-test-db >"$WORK/mariadb-install.log" 2>&1 || { cat "$WORK/mariadb-install.log"; echo "wordpress: 0 passed, 1 failed (mariadb-install-db)"; exit 1; }
/usr/sbin/mariadbd --no-defaults "${USER_OPT[@]}" --datadir="$WORK/db" --socket="$SOCK" --skip-networking \
  --pid-file="$WORK/mysql.pid" --log-error="$WORK/mariadb.err" --innodb-buffer-pool-size=32M &
MYSQL_PID=$!
for _ in $(seq 1 100); do [ -S "$SOCK" ] && break; sleep 0.2; done
mariadb --no-defaults --socket="$SOCK" -uroot -e "CREATE DATABASE wordpress CHARACTER SET utf8mb4" \
  || { cat "$WORK/mariadb.err"; echo "wordpress: 0 passed, 1 failed (MariaDB did not start)"; exit 1; }

cp -a /usr/share/wordpress "$WORK/wp"
rm -f "$WORK/wp/wp-config.php"
# php -S serves only files that exist: give the site a favicon so browsers get no 404.
cp "$WORK/wp/wp-includes/images/w-logo-blue-white-bg.png" "$WORK/wp/favicon.ico"
for _ in 1 2 3 4 5; do
  PORT=$(shuf -i 20000-60000 -n 1)
  (echo >"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || break
done
URL="http://127.0.0.1:$PORT"
salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
cat >"$WORK/wp/wp-config.php" <<PHP
<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:$SOCK' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', '$URL' );
define( 'WP_SITEURL', '$URL' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$WORK/debug.log' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
define( 'AUTH_KEY', '$(salt)' );
define( 'SECURE_AUTH_KEY', '$(salt)' );
define( 'LOGGED_IN_KEY', '$(salt)' );
define( 'NONCE_KEY', '$(salt)' );
define( 'AUTH_SALT', '$(salt)' );
define( 'SECURE_AUTH_SALT', '$(salt)' );
define( 'LOGGED_IN_SALT', '$(salt)' );
define( 'NONCE_SALT', '$(salt)' );
\$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP

log "installing WordPress (Spanish) and the test pages"
PASSWORD=$(salt)
if ! SETUP=$(php "$ROOT/tests/wordpress/setup.php" "$WORK/wp" "$ZIP" "$PASSWORD" 2>&1); then
  echo "$SETUP"; echo "not ok - WordPress setup" | record
else
  echo "$SETUP" | grep -E '^(ok|not ok) - ' | record
  PAGES=$(echo "$SETUP" | grep '^pages=' | cut -d= -f2-)
  # php -S in its own process group (setsid), on the chosen port; if another process took
  # that port meanwhile, pick another one (the site URL in wp-config.php follows).
  for _ in 1 2 3 4 5; do
    log "php -S on $URL"
    PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$PORT" -t "$WORK/wp" >"$WORK/php-server.log" 2>&1 &
    PHP_PID=$!
    for _ in $(seq 1 50); do (echo >"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; kill -0 "$PHP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$PHP_PID" 2>/dev/null && break
    NEW_PORT=$(shuf -i 20000-60000 -n 1)
    sed -i "s#127.0.0.1:$PORT#127.0.0.1:$NEW_PORT#g" "$WORK/wp/wp-config.php"
    PORT=$NEW_PORT; URL="http://127.0.0.1:$PORT"; PHP_PID=""
  done
  WP_ZIP="$ZIP" WP_URL="$URL" WP_PAGES="$PAGES" WP_USER=admin WP_PASSWORD="$PASSWORD" WP_DIR="$WORK/wp" \
    node "$ROOT/tests/wordpress/check.mjs" 2>&1 | record
  php "$ROOT/tests/wordpress/php-units.php" "$WORK/wp" 2>&1 | record
  # Uninstalling removes the plugin's option.
  php "$ROOT/tests/wordpress/uninstall.php" "$WORK/wp" 2>&1 | record
  if [ -s "$WORK/debug.log" ] && grep -q 'iop-widgets' "$WORK/debug.log"; then
    grep 'iop-widgets' "$WORK/debug.log" | head -20
    echo "not ok - no PHP notices or warnings from the plugin (debug.log)" | record
  else
    echo "ok - no PHP notices or warnings from the plugin (debug.log)" | record
  fi
fi

PASSED=$(grep -c '^ok - ' "$RESULTS")
FAILED=$(grep -c '^not ok - ' "$RESULTS")
echo "wordpress: $PASSED passed, $FAILED failed ($(( $(date +%s) - START )) s)"
[ "$FAILED" = 0 ] && [ "$PASSED" -gt 0 ]
