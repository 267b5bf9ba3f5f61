// The otpkit sandbox inbox: the messages of GET /_sandbox/messages, kept live by the event
// stream GET /_sandbox/events. Everything shown is set as text (never parsed as HTML): a
// message's text and destination come from whoever called a vendor route.
"use strict";

const PAGE = 2000; // messages per request when catching up
const STEP = 200; // messages shown at first, and added by "Show older messages"

const inbox = { messages: new Map(), lastId: 0, shown: STEP, pending: false };
const $ = (id) => document.getElementById(id);

async function api(method, path, body) {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const answer = await fetch(path, init);
  const text = await answer.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (_) { json = null; }
  if (!answer.ok) throw new Error((json && json.error) || `${answer.status} ${answer.statusText}`);
  return json;
}

function upsert(message) {
  inbox.messages.set(message.id, message);
  if (message.id > inbox.lastId) inbox.lastId = message.id;
}

// Everything after the last id seen: at start, after a reconnection, after a lag.
async function catchUp() {
  for (;;) {
    const page = await api("GET", `/_sandbox/messages?since=${inbox.lastId}&limit=${PAGE}`);
    page.forEach(upsert);
    if (page.length < PAGE) break;
  }
  schedule();
}

function stateText(verification) {
  if (!verification) return ["unverifiable", "no check possible"];
  switch (verification.state) {
    case "rejected": return ["rejected", `rejected, ${verification.attempts_left} attempt(s) left`];
    case "locked": return ["locked", "locked: too many wrong codes"];
    case "forgotten": return ["forgotten", "forgotten by the sandbox"];
    default: return [verification.state, verification.state];
  }
}

function matches(message, vendor, destination, search) {
  if (vendor && message.vendor !== vendor) return false;
  if (destination) {
    const bare = (s) => s.trim().replace(/^\+/, "").toLowerCase();
    if (!bare(message.destination).includes(bare(destination))) return false;
  }
  if (search) {
    const haystack = `${message.text} ${message.code} ${message.channel} ${message.destination} ${message.vendor}`.toLowerCase();
    if (!haystack.includes(search)) return false;
  }
  return true;
}

function textWithCode(text, code) {
  const span = document.createElement("span");
  span.className = "text";
  const at = code ? text.indexOf(code) : -1;
  if (at < 0) {
    span.textContent = text;
    return span;
  }
  span.append(text.slice(0, at));
  const mark = document.createElement("mark");
  mark.className = "code";
  mark.textContent = code;
  span.append(mark, text.slice(at + code.length));
  return span;
}

function row(message) {
  const li = document.createElement("li");
  li.dataset.id = String(message.id);
  const meta = document.createElement("div");
  meta.className = "meta";
  const vendor = document.createElement("span");
  vendor.className = "vendor";
  vendor.textContent = message.vendor;
  const channel = document.createElement("span");
  channel.textContent = message.channel;
  const destination = document.createElement("span");
  destination.className = "destination";
  destination.textContent = message.destination;
  const time = document.createElement("time");
  const at = new Date(Number(message.at_unix_ms));
  time.dateTime = at.toISOString();
  time.textContent = at.toLocaleTimeString();
  const [stateClass, stateLabel] = stateText(message.verification);
  const state = document.createElement("span");
  state.className = `state ${stateClass}`;
  state.textContent = stateLabel;
  const copy = document.createElement("button");
  copy.type = "button";
  copy.className = "copy";
  copy.textContent = "Copy code";
  copy.setAttribute("aria-label", `Copy code ${message.code} sent to ${message.destination}`);
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(message.code);
      copy.textContent = "Copied";
    } catch (_) {
      copy.textContent = message.code; // no clipboard: show it, selectable
    }
  });
  meta.append(vendor, channel, destination, time, state);
  li.append(meta, textWithCode(message.text, message.code), copy);
  return li;
}

function render() {
  inbox.pending = false;
  const vendor = $("vendor").value;
  const destination = $("destination").value;
  const search = $("search").value.trim().toLowerCase();
  const ids = [...inbox.messages.keys()].sort((a, b) => b - a);
  const list = document.createDocumentFragment();
  let matching = 0;
  for (const id of ids) {
    const message = inbox.messages.get(id);
    if (!matches(message, vendor, destination, search)) continue;
    matching += 1;
    if (matching <= inbox.shown) list.append(row(message));
  }
  $("messages").replaceChildren(list);
  $("count").textContent = `(${matching}${matching > inbox.shown ? `, newest ${inbox.shown} shown` : ""})`;
  $("more").hidden = matching <= inbox.shown;
}

// At most one render a frame, however many events arrive.
function schedule() {
  if (!inbox.pending) {
    inbox.pending = true;
    requestAnimationFrame(render);
  }
}

function live() {
  const events = new EventSource("/_sandbox/events");
  const status = $("status");
  events.addEventListener("open", () => {
    status.textContent = "Live";
    catchUp().catch((e) => { status.textContent = `Could not read the inbox: ${e.message}`; });
  });
  events.addEventListener("error", () => { status.textContent = "Reconnecting…"; });
  const update = (event) => { upsert(JSON.parse(event.data)); schedule(); };
  events.addEventListener("message", update);
  events.addEventListener("state", update);
  events.addEventListener("cleared", () => { inbox.messages.clear(); schedule(); });
  events.addEventListener("lagged", () => { catchUp().catch(() => {}); });
}

function say(text) { $("control-result").textContent = text; }

async function showBalances() {
  const balances = await api("GET", "/_sandbox/balances");
  $("balances").textContent = Object.entries(balances).map(([v, a]) => `${v}: ${a}`).join(", ");
}

async function showFaults() {
  const faults = await api("GET", "/_sandbox/faults");
  $("faults").textContent = faults.length ? JSON.stringify(faults) : "no fault rules";
}

function controls() {
  const run = (what, action) => action().then((done) => say(done || `${what}: done`)).catch((e) => say(`${what}: ${e.message}`));
  $("clear").addEventListener("click", () => run("Clear the inbox", async () => {
    await api("DELETE", "/_sandbox/messages");
    return "The inbox is empty";
  }));
  $("clock").addEventListener("submit", (e) => {
    e.preventDefault();
    run("Advance the clock", async () => {
      const answer = await api("POST", "/_sandbox/clock", { advance_secs: Number($("advance").value) });
      return `The clock reads ${answer.now_ms} ms`;
    });
  });
  $("balance").addEventListener("submit", (e) => {
    e.preventDefault();
    run("Set a balance", async () => {
      await api("POST", "/_sandbox/balances", { vendor: $("balance-vendor").value, balance: Number($("balance-amount").value) });
      await showBalances();
    });
  });
  $("fault").addEventListener("submit", (e) => {
    e.preventDefault();
    run("Inject a fault", async () => {
      let rule;
      try { rule = JSON.parse($("fault-rule").value); } catch (err) { throw new Error(`the rule is not JSON: ${err.message}`); }
      await api("POST", "/_sandbox/faults", rule);
      await showFaults();
    });
  });
  $("clear-faults").addEventListener("click", () => run("Clear faults", async () => {
    await api("DELETE", "/_sandbox/faults");
    await showFaults();
  }));
  for (const id of ["vendor", "destination", "search"]) $(id).addEventListener("input", () => { inbox.shown = STEP; schedule(); });
  $("more").addEventListener("click", () => { inbox.shown += STEP; schedule(); });
  showBalances().catch(() => {});
  showFaults().catch(() => {});
}

controls();
live();
