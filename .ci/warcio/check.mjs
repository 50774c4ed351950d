// CI check of clinicrank's WARC files by an independent implementation:
// warcio.js parses every record, Node's own crypto recomputes every block and
// payload digest, request/response pairs and revisit references are checked,
// and `warcio cdx-index` is compared with `clinicrank index`.
//
// Usage (from a folder where `npm ci` installed package-lock.json):
//   node check.mjs CLINICRANK_BINARY FILE.warc.gz...
// Prints one line per file and "N passed, N failed"; exits 1 on any failure.
import { WARCParser } from "warcio";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { execFileSync } from "node:child_process";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

function base32(bytes) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let out = "", buffer = 0, bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= 0xff;
  }
  if (bits > 0) out += alphabet[(buffer << (5 - bits)) & 31];
  while (out.length % 8) out += "=";
  return out;
}

const sha1 = (bytes) => "sha1:" + base32(createHash("sha1").update(bytes).digest());

function headEnd(block) {
  for (let i = 0; i + 3 < block.length; i++) {
    if (block[i] === 13 && block[i + 1] === 10 && block[i + 2] === 13 && block[i + 3] === 10) return i + 4;
  }
  return -1;
}

async function checkRecords(path, problems) {
  const ids = new Map();  // record id -> {type, payloadDigest}
  const records = [];
  const parser = new WARCParser(createReadStream(path), { parseHttp: false });
  for await (const record of parser) {
    const block = await record.readFully(false);
    const h = (name) => record.warcHeaders.headers.get(name);
    const id = h("WARC-Record-ID");
    const where = `${basename(path)} offset ${parser.offset} (${record.warcType} ${record.warcTargetURI || ""})`;
    if (record.warcHeaders.protocol !== "WARC/1.1") problems.push(`${where}: version ${record.warcHeaders.protocol}`);
    for (const name of ["WARC-Record-ID", "WARC-Date", "WARC-Type", "Content-Length", "WARC-Block-Digest"]) {
      if (!h(name)) problems.push(`${where}: no ${name}`);
    }
    if (Number(h("Content-Length")) !== block.length) problems.push(`${where}: Content-Length ${h("Content-Length")} but block is ${block.length}`);
    if (h("WARC-Block-Digest") !== sha1(block)) problems.push(`${where}: block digest ${h("WARC-Block-Digest")} != ${sha1(block)}`);
    if (record.warcType === "response") {
      const end = headEnd(block);
      if (end < 0) problems.push(`${where}: no HTTP header end`);
      else if (h("WARC-Payload-Digest") !== sha1(block.subarray(end))) {
        problems.push(`${where}: payload digest ${h("WARC-Payload-Digest")} != ${sha1(block.subarray(end))}`);
      }
      if (!h("WARC-IP-Address")) problems.push(`${where}: no WARC-IP-Address`);
    }
    if (ids.has(id)) problems.push(`${where}: duplicate record id ${id}`);
    ids.set(id, { type: record.warcType, payload: h("WARC-Payload-Digest") });
    records.push({ where, type: record.warcType, id, h, concurrent: h("WARC-Concurrent-To") });
  }
  let pairs = 0;
  for (const r of records) {
    if (r.type === "response" || r.type === "revisit") {
      const other = ids.get(r.concurrent);
      if (!other || other.type !== "request") problems.push(`${r.where}: WARC-Concurrent-To does not name a request`);
      else pairs++;
    }
    if (r.type === "revisit") {
      const original = ids.get(r.h("WARC-Refers-To"));
      if (original && original.payload !== r.h("WARC-Payload-Digest")) problems.push(`${r.where}: revisit digest differs from its original`);
      if (!r.h("WARC-Refers-To-Target-URI") || !r.h("WARC-Refers-To-Date")) problems.push(`${r.where}: revisit without Refers-To fields`);
    }
  }
  if (records.length === 0 || records[0].type !== "warcinfo") problems.push(`${basename(path)}: does not start with warcinfo`);
  return { records: records.length, pairs };
}

function parseCdxj(text) {
  return text.split("\n").filter((l) => l.trim()).map((line) => {
    const [key, ts] = line.split(" ", 2);
    const json = JSON.parse(line.slice(key.length + ts.length + 2));
    return JSON.stringify([key, ts, Object.keys(json).sort().map((k) => [k, json[k]])]);
  }).sort();
}

function compareIndexes(binary, path, problems) {
  const cwd = dirname(resolve(path));
  const name = basename(path);
  const ours = parseCdxj(execFileSync(binary, ["index", name], { cwd, encoding: "utf8" }));
  const theirs = parseCdxj(execFileSync(process.execPath, [resolve(here, "node_modules/warcio/dist/cli.js"), "cdx-index", name], { cwd, encoding: "utf8" }));
  const a = new Set(ours), b = new Set(theirs);
  for (const line of ours) if (!b.has(line)) problems.push(`${name}: only in clinicrank index: ${line}`);
  for (const line of theirs) if (!a.has(line)) problems.push(`${name}: only in warcio cdx-index: ${line}`);
  return ours.length;
}

const [binary, ...files] = process.argv.slice(2);
if (!binary || files.length === 0) {
  console.error("usage: node check.mjs CLINICRANK_BINARY FILE.warc.gz...");
  process.exit(2);
}
let passed = 0, failed = 0;
for (const file of files) {
  const problems = [];
  let summary = "";
  try {
    const { records, pairs } = await checkRecords(file, problems);
    const lines = compareIndexes(binary, file, problems);
    summary = `${records} records, ${pairs} request/response pairs, ${lines} index lines`;
  } catch (e) {
    problems.push(`${file}: ${e.stack || e}`);
  }
  if (problems.length) {
    failed++;
    console.log(`FAIL ${file}`);
    for (const p of problems.slice(0, 50)) console.log(`  ${p}`);
  } else {
    passed++;
    console.log(`ok   ${file}: ${summary}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
