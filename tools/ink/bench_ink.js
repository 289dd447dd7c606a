// bench_ink.js — inkjs's side of tools/bench_vs_ink: compiles an .ink file to ink's JSON, or loads
// that JSON and plays seeded random playthroughs for a given time; prints one line of JSON.
//
//   node bench_ink.js compile STORY.ink OUT.json        -> {"compile_ms":C}
//   node bench_ink.js play STORY.json SECONDS [SEED] [LOADS]
//        -> {"loads_ms":[...],"loads_cpu_ms":[...],"decisions":N,"playthroughs":P,"seconds":S,"decisions_per_s":D,
//            "cpu_seconds":C,"decisions_per_cpu_s":E}
//
// A load is what an ink player does when it opens a story: read the compiled JSON file and make a
// Story of it (new Story(json)). It is done LOADS times (default 3) in the same process, as
// bench_story does for casewalk. A playthrough starts from ResetState() and continues the text,
// choosing a random choice (a seeded mulberry32 generator) whenever choices are offered, until
// there are none.
"use strict";
const fs = require("fs");
// The ES2015 build of inkjs (story and compiler): the default build is transpiled for old
// browsers and plays about a quarter slower in node.
const { Story, Compiler } = require(`${__dirname}/node_modules/inkjs/dist/ink-full-es2015.js`);

function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function compile(inkPath, jsonPath) {
  const source = fs.readFileSync(inkPath, "utf8");
  const start = process.hrtime.bigint();
  const compiler = new Compiler(source);
  const story = compiler.Compile();
  if (!story || compiler.errors.length > 0)
    throw new Error(`${inkPath}: ${compiler.errors.slice(0, 3).join("; ")}`);
  const json = story.ToJson();
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  fs.writeFileSync(jsonPath, json);
  return { compile_ms: elapsed };
}

// Wall clock, and CPU time of the whole process (user + system, every thread: node parses and
// collects garbage on helper threads too), as bench_story measures casewalk's.
function load(jsonPath) {
  const start = process.hrtime.bigint(), cpuStart = process.cpuUsage();
  const story = new Story(fs.readFileSync(jsonPath, "utf8"));
  const cpu = process.cpuUsage(cpuStart);
  return { story, ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: (cpu.user + cpu.system) / 1e3 };
}

function play(jsonPath, seconds, seed, loads) {
  const loadsMs = [], loadsCpuMs = [];
  let story = null;
  for (let i = 0; i < loads; i++) {
    const loaded = load(jsonPath);
    story = loaded.story;
    loadsMs.push(loaded.ms);
    loadsCpuMs.push(loaded.cpuMs);
  }
  const random = mulberry32(seed);
  let decisions = 0, playthroughs = 0;
  const start = process.hrtime.bigint(), cpuStart = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < seconds) {
    story.ResetState();
    for (;;) {
      while (story.canContinue) story.Continue();
      const n = story.currentChoices.length;
      if (n === 0) break;
      story.ChooseChoiceIndex(Math.floor(random() * n));
      decisions++;
    }
    playthroughs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  const used = process.cpuUsage(cpuStart), cpu = (used.user + used.system) / 1e6;
  return { loads_ms: loadsMs, loads_cpu_ms: loadsCpuMs, decisions, playthroughs, seconds: elapsed,
           decisions_per_s: decisions / elapsed, cpu_seconds: cpu, decisions_per_cpu_s: cpu > 0 ? decisions / cpu : 0 };
}

const [command, ...args] = process.argv.slice(2);
if (command === "compile" && args.length === 2) {
  console.log(JSON.stringify(compile(args[0], args[1])));
} else if (command === "play" && args.length >= 2) {
  const seconds = Number(args[1]), seed = Number(args[2] || 1), loads = Number(args[3] || 3);
  console.log(JSON.stringify(play(args[0], seconds, seed, loads)));
} else {
  console.error("usage: node bench_ink.js compile STORY.ink OUT.json | play STORY.json SECONDS [SEED] [LOADS]");
  process.exit(2);
}
