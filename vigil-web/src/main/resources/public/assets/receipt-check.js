// Checks a C2SP tlog-proof@v1 receipt entirely in the browser: no request leaves the page.
//  1. leaf hash = SHA-256(0x00 || entry)                     (RFC 6962 §2.1)
//  2. the inclusion proof leads from it to the checkpoint's root (RFC 9162 §2.1.3.2)
//  3. the checkpoint is a signed note with a valid Ed25519 signature by the verifier key (C2SP signed-note)
(function () {
  'use strict';
  var enc = new TextEncoder();
  var HEADER = 'c2sp.org/tlog-proof@v1';

  function b64(s) {
    var bin = atob(s.trim());
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { out[i] = bin.charCodeAt(i); }
    return out;
  }
  function concat() {
    var n = 0, i, parts = Array.prototype.slice.call(arguments);
    for (i = 0; i < parts.length; i++) { n += parts[i].length; }
    var out = new Uint8Array(n), at = 0;
    for (i = 0; i < parts.length; i++) { out.set(parts[i], at); at += parts[i].length; }
    return out;
  }
  function equal(a, b) {
    if (a.length !== b.length) { return false; }
    for (var i = 0; i < a.length; i++) { if (a[i] !== b[i]) { return false; } }
    return true;
  }
  function hex(bytes) { return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join(''); }
  async function sha256(bytes) { return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)); }
  function leafHash(entry) { return sha256(concat(new Uint8Array([0]), entry)); }
  function nodeHash(l, r) { return sha256(concat(new Uint8Array([1]), l, r)); }

  function parseReceipt(text) {
    text = text.replace(/\r\n/g, '\n');
    var blank = text.indexOf('\n\n');
    if (blank < 0) { throw new Error('the receipt has no blank line before its checkpoint'); }
    var lines = text.substring(0, blank).split('\n');
    if (lines[0] !== HEADER) { throw new Error('a receipt starts with ' + HEADER); }
    var at = 1, extra = null;
    if (lines[at] && lines[at].indexOf('extra ') === 0) { extra = b64(lines[at].substring(6)); at++; }
    if (!lines[at] || lines[at].indexOf('index ') !== 0) { throw new Error('the receipt needs an index line'); }
    var index = BigInt(lines[at].substring(6));
    var proof = lines.slice(at + 1).map(function (l, i) {
      var h = b64(l);
      if (h.length !== 32) { throw new Error('proof line ' + (i + 1) + ' is not a SHA-256 hash'); }
      return h;
    });
    return { extra: extra, index: index, proof: proof, note: text.substring(blank + 2) };
  }

  function parseNote(note) {
    var i = note.indexOf('\n\n');
    if (i < 0) { throw new Error('the checkpoint is not a signed note'); }
    var body = note.substring(0, i + 1);
    var sigs = note.substring(i + 2).split('\n').filter(function (l) { return l.length > 0; }).map(function (l) {
      if (l.indexOf('\u2014 ') !== 0) { throw new Error('a signature line starts with an em dash'); }
      var rest = l.substring(2), sp = rest.lastIndexOf(' ');
      return { name: rest.substring(0, sp), bytes: b64(rest.substring(sp + 1)) };
    });
    var lines = body.split('\n');
    if (lines.length < 4) { throw new Error('a checkpoint has origin, size and root lines'); }
    return { body: body, origin: lines[0], size: BigInt(lines[1]), root: b64(lines[2]), sigs: sigs };
  }

  function parseVkey(vkey) {
    var first = vkey.indexOf('+'), second = vkey.indexOf('+', first + 1);
    if (first < 0 || second < 0) { throw new Error('a verifier key is name+id+key'); }
    var key = b64(vkey.substring(second + 1));
    if (key.length !== 33 || key[0] !== 1) { throw new Error('the verifier key is not an Ed25519 key'); }
    return { name: vkey.substring(0, first), id: vkey.substring(first + 1, second), pub: key.slice(1) };
  }

  // RFC 9162 §2.1.3.2: verifying an inclusion proof.
  async function rootFromInclusion(leaf, index, size, proof) {
    if (index >= size) { throw new Error('index ' + index + ' is beyond the tree of ' + size); }
    var fn = index, sn = size - 1n, r = leaf;
    for (var i = 0; i < proof.length; i++) {
      var p = proof[i];
      if (sn === 0n) { throw new Error('the proof is longer than the tree allows'); }
      if ((fn & 1n) === 1n || fn === sn) {
        r = await nodeHash(p, r);
        if ((fn & 1n) === 0n) { while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; } }
      } else {
        r = await nodeHash(r, p);
      }
      fn >>= 1n; sn >>= 1n;
    }
    if (sn !== 0n) { throw new Error('the proof is shorter than the tree needs'); }
    return r;
  }

  async function ed25519(pub, sig, message) {
    var key;
    try {
      key = await crypto.subtle.importKey('raw', pub, { name: 'Ed25519' }, false, ['verify']);
    } catch (e) {
      return null; // This browser's WebCrypto has no Ed25519.
    }
    return crypto.subtle.verify({ name: 'Ed25519' }, key, sig, message);
  }

  async function check(receiptText, vkeyText) {
    var lines = [];
    var r = parseReceipt(receiptText);
    var k = parseVkey(vkeyText.trim());
    if (!r.extra) { throw new Error('this receipt carries no entry (extra line) to check'); }
    var entryText = new TextDecoder().decode(r.extra);
    var leaf = await leafHash(r.extra);
    lines.push('Leaf hash of the entry: ' + hex(leaf));
    var n = parseNote(r.note);
    var root = await rootFromInclusion(leaf, r.index, n.size, r.proof);
    var included = equal(root, n.root);
    lines.push((included ? '\u2713' : '\u2717') + ' inclusion: entry ' + r.index + ' ' + (included ? 'is' : 'is NOT')
      + ' in the tree of ' + n.size + ' entries (' + r.proof.length + ' proof hashes)');
    var idHash = (await sha256(concat(enc.encode(k.name + '\n'), new Uint8Array([1]), k.pub))).slice(0, 4);
    if (hex(idHash) !== k.id.toLowerCase()) { throw new Error('the verifier key id does not match its name and key'); }
    var origin = n.origin === k.name;
    lines.push((origin ? '\u2713' : '\u2717') + ' the checkpoint names the log ' + n.origin);
    var mine = n.sigs.filter(function (s) { return s.name === k.name && s.bytes.length === 68 && equal(s.bytes.slice(0, 4), idHash); });
    var signed = null;
    if (mine.length === 0) {
      signed = false;
      lines.push('\u2717 the checkpoint has no signature by ' + k.name);
    } else {
      signed = await ed25519(k.pub, mine[0].bytes.slice(4), enc.encode(n.body));
      lines.push(signed === null ? '? this browser cannot check Ed25519 signatures (WebCrypto has no Ed25519 here):'
        + ' the signature was NOT checked; use an up-to-date browser or vigil verify'
        : (signed ? '\u2713' : '\u2717') + ' Ed25519 signature by ' + k.name + (signed ? ' is valid' : ' is NOT valid'));
    }
    var valid = included && origin && signed === true;
    return { valid: valid, unsupported: signed === null, lines: lines, entry: entryText, index: r.index, size: n.size };
  }

  function show(result) {
    var out = document.getElementById('receipt-result');
    var entry = document.getElementById('receipt-entry');
    out.textContent = '';
    var head = document.createElement('p');
    head.className = result.valid ? 'ok' : (result.unsupported ? 'warning' : 'error');
    head.id = 'receipt-verdict';
    head.textContent = result.valid ? 'Valid receipt: entry ' + result.index + ' is in the signed log of ' + result.size + ' entries.'
      : result.unsupported ? 'Inclusion checked, signature not checked: see below.' : 'NOT a valid receipt for this log.';
    out.appendChild(head);
    var list = document.createElement('ul');
    result.lines.forEach(function (l) { var li = document.createElement('li'); li.textContent = l; list.appendChild(li); });
    out.appendChild(list);
    out.dataset.valid = String(result.valid);
    entry.textContent = result.entry || '';
  }

  function fail(message) {
    show({ valid: false, unsupported: false, lines: [message], entry: '' });
  }

  var form = document.getElementById('receipt-form');
  if (!form) { return; }
  if (!window.crypto || !window.crypto.subtle) {
    fail('This browser has no WebCrypto here (it needs https or localhost): nothing can be checked.');
    return;
  }
  document.getElementById('receipt-file').addEventListener('change', function (e) {
    var file = e.target.files[0];
    if (file) { file.text().then(function (t) { document.getElementById('receipt-text').value = t; }); }
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    check(document.getElementById('receipt-text').value, document.getElementById('vkey').value)
      .then(show, function (err) { fail(err.message); });
  });
  window.vigilCheckReceipt = check;
})();
