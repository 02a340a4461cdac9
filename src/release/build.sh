#!/usr/bin/env bash
# The release bundle (issue 12), run by `./mvnw -B package -Prelease` after Quarkus has packaged the app as
# an aot-jar in target/quarkus-app-release. Needs JDK 25 as the build's JAVA_HOME (jlink, jpackage, -XX:AOTCache).
#   1. a Java runtime cut to the modules the app uses (jlink, no debug symbols, no man pages, no headers)
#   2. an app image (jpackage): the native launcher bin/sourced, that runtime, the app and the shipped packs
#   3. an AOT cache trained on a real workload: the launcher serves the student pages (its own start-up
#      warm-up), a class through the attempts API, a lesson, the teacher's pages; the cache is written at exit
#   4. target/release/sourced-<version>-linux-x64.tar.gz and target/release/sourced_<version>_amd64.deb
# Usage: src/release/build.sh <version> (from the project root). Every failure names its step.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=${1:?usage: src/release/build.sh <version>}
OUT=target/release
WORK=$OUT/work
NAME=sourced-$VERSION-linux-x64
JDK=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
step() { printf '\n== release: %s\n' "$*"; }
fail() { printf '\nrelease FAILED at step "%s": %s\n' "$STEP" "$*" >&2; exit 1; }

STEP="check the JDK"
step "$STEP"
feature=$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')
[[ "${feature:-0}" -ge 25 ]] || fail "expected JAVA_HOME on a JDK 25 or newer (jlink, jpackage, AOT cache), got '$JDK' (Java ${feature:-unknown}); on these machines: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64"
for tool in jlink jpackage; do [[ -x "$JDK/bin/$tool" ]] || fail "expected $JDK/bin/$tool, it is missing"; done
[[ -f target/quarkus-app-release/quarkus-run.jar ]] || fail "expected target/quarkus-app-release/quarkus-run.jar (the aot-jar build), found none"
unzip -p target/quarkus-app-release/quarkus-run.jar META-INF/MANIFEST.MF | grep -q AotQuarkusEntryPoint \
  || fail "expected an aot-jar package (quarkus.package.jar.type=aot-jar, set by -Prelease), got a $(unzip -p target/quarkus-app-release/quarkus-run.jar META-INF/MANIFEST.MF | awk -F': ' '/Main-Class/ { print $2 }') jar"
rm -rf "$OUT"
mkdir -p "$WORK"

STEP="jlink the runtime"
step "$STEP"
# The modules: what jdeps reports for the app's own classes and Quarkus's generated code, plus what the libraries
# load reflectively or by service lookup (java.management for Agroal and Micrometer, java.transaction.xa for
# Narayana, jdk.localedata for Armenian and Russian dates and numbers, jdk.charsets, jdk.zipfs for pack zips,
# jdk.jfr and jdk.management.jfr so that a self-hoster can still profile, jdk.naming.dns for Netty's resolver).
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.rmi,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.charsets,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.management,jdk.management.jfr,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs
"$JDK/bin/jlink" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
  --output "$WORK/runtime" > "$WORK/jlink.log" 2>&1 || fail "jlink refused: $(tail -5 "$WORK/jlink.log")"

STEP="jpackage the app image"
step "$STEP"
mkdir -p "$WORK/input"
cp -r target/quarkus-app-release/. "$WORK/input/"
cp -r content "$WORK/input/content"
# Memory for a small school server (docs/self-hosting.md, "Memory"): a 256 MiB heap, the serial collector (one
# thread, no concurrent overhead, the smallest footprint on 1-2 cores), compact object headers (JDK 25),
# bounded metaspace and code cache, 512 KiB thread stacks. JDK_JAVA_OPTIONS overrides any of them.
JAVA_OPTIONS=(-Xms64m -Xmx256m -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -XX:MaxMetaspaceSize=192m
  -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+ExitOnOutOfMemoryError '-Dsourced-bundle.content-dir=$APPDIR/content')
# The cache's own notes (a stub it could not link, say) are warnings a self-hoster cannot act on; errors still
# print, and JDK_JAVA_OPTIONS=-Xlog:aot=info shows whether the cache was used (docs/self-hosting.md).
RUN_ONLY=(-Xlog:aot*=error)
args=()
for o in "${JAVA_OPTIONS[@]}"; do args+=(--java-options "$o"); done
"$JDK/bin/jpackage" --type app-image --name sourced --app-version "${VERSION%%-*}" --dest "$WORK/image" \
  --input "$WORK/input" --main-jar quarkus-run.jar --runtime-image "$WORK/runtime" "${args[@]}" \
  > "$WORK/jpackage.log" 2>&1 || fail "jpackage could not build the app image: $(tail -5 "$WORK/jpackage.log")"
APP=$WORK/image/sourced
CFG=$APP/lib/app/sourced.cfg
[[ -x "$APP/bin/sourced" && -f "$CFG" ]] || fail "expected $APP/bin/sourced and $CFG, got: $(ls -R "$APP" | head -20)"

STEP="train the AOT cache"
step "$STEP"
cp "$CFG" "$WORK/sourced.cfg.final"
sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:AOTCacheOutput=$APPDIR/sourced.aot|' "$CFG"
bash src/release/train.sh "$APP/bin/sourced" "$WORK/train" || fail "the training run failed (its log: $WORK/train/app.log)"
[[ -s "$APP/lib/app/sourced.aot" ]] || fail "expected the AOT cache $APP/lib/app/sourced.aot after the training run, found none; last lines of the log: $(tail -5 "$WORK/train/app.log")"
sed "s|^\\[JavaOptions\\]\$|[JavaOptions]\\njava-options=-XX:AOTCache=\$APPDIR/sourced.aot\\njava-options=${RUN_ONLY[*]}|" "$WORK/sourced.cfg.final" > "$CFG"
echo "AOT cache: $(du -h "$APP/lib/app/sourced.aot" | cut -f1)"

STEP="tar the bundle"
step "$STEP"
rm -rf "$WORK/$NAME" && cp -a "$APP" "$WORK/$NAME"
tar -C "$WORK" -czf "$OUT/$NAME.tar.gz" "$NAME" || fail "tar failed"
echo "$OUT/$NAME.tar.gz: $(du -h "$OUT/$NAME.tar.gz" | cut -f1)"

STEP="build the .deb"
step "$STEP"
command -v dpkg-deb >/dev/null || fail "expected dpkg-deb (Debian's dpkg) to build the .deb, it is missing"
DEBVER=$(echo "$VERSION" | tr 'A-Z' 'a-z' | sed 's/-/~/')
ROOT=$WORK/deb
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/lib/systemd/system" "$ROOT/etc/default"
cp -a "$APP" "$ROOT/opt/sourced"
ln -s /opt/sourced/bin/sourced "$ROOT/usr/bin/sourced"
cp src/release/deb/sourced.service "$ROOT/lib/systemd/system/sourced.service"
cp src/release/deb/default "$ROOT/etc/default/sourced"
for script in postinst prerm postrm; do install -m 755 "src/release/deb/$script" "$ROOT/DEBIAN/$script"; done
echo /etc/default/sourced > "$ROOT/DEBIAN/conffiles"
sed -e "s/@VERSION@/$DEBVER/" -e "s/@SIZE@/$(du -sk "$ROOT/opt" | cut -f1)/" src/release/deb/control > "$ROOT/DEBIAN/control"
dpkg-deb -Zgzip --root-owner-group --build "$ROOT" "$OUT/sourced_${DEBVER}_amd64.deb" >/dev/null || fail "dpkg-deb refused the package tree"
echo "$OUT/sourced_${DEBVER}_amd64.deb: $(du -h "$OUT/sourced_${DEBVER}_amd64.deb" | cut -f1)"
rm -rf "$WORK"
step "done"
ls -l "$OUT"
