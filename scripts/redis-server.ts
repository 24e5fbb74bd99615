// A local redis-server (Debian's `redis-server` package) on a free port, for the demo with several
// instances, the tests of shared stores and the benchmark: nothing saved to disk, gone when stopped.
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "./stack";

export interface RedisServer {
  url: string;
  /** Stop it the way a crash would (SIGKILL): what it held is gone. */
  kill(): Promise<void>;
  /** Start it again on the same port, empty. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("data", (data) => (socket.destroy(), resolve(data.toString().startsWith("+PONG"))));
    socket.once("error", () => resolve(false));
    socket.once("connect", () => socket.write("PING\r\n"));
  });

export async function startRedisServer(port?: number): Promise<RedisServer> {
  const chosen = port ?? (await freePort());
  let child: ChildProcess | undefined;
  // A test or script that exits without stopping it (a timeout, an error) takes it along.
  const orphaned = () => void child?.kill("SIGKILL");
  process.once("exit", orphaned);
  const start = async () => {
    child = spawn("redis-server", ["--port", String(chosen), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning"], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    const failed = new Promise<never>((_, reject) => {
      child!.once("error", (error) => reject(new Error(`redis-server could not start (apt-get install -y redis-server): ${error.message}`)));
    });
    const deadline = Date.now() + 10_000;
    while (!(await Promise.race([answers(chosen), failed]))) {
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${chosen} within 10 s`);
      await sleep(50);
    }
  };
  const end = async (signal: NodeJS.Signals) => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill(signal);
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${chosen}`,
    kill: () => end("SIGKILL"),
    restart: async () => {
      await end("SIGKILL");
      await start();
    },
    stop: async () => {
      process.off("exit", orphaned);
      await end("SIGTERM");
    },
  };
}
