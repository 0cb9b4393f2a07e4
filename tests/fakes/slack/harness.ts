import type { AddressInfo } from "node:net";
import { App, type AppOptions, LogLevel } from "@slack/bolt";
import { afterEach } from "vitest";
import { FakeSlack, type FakeSlackOptions, type SignedSlackClient } from "./fakeSlack.js";

/** A real Bolt app wired to a fake Slack, and a client that signs requests to it. */
export interface BoltOnFakeSlack {
  readonly slack: FakeSlack;
  readonly app: App;
  /** Where the app's HTTPReceiver listens: `http://127.0.0.1:PORT/slack/events`. */
  readonly eventsUrl: string;
  readonly sender: SignedSlackClient;
}

/** A real Bolt app connected to a fake Slack over Socket Mode. */
export interface SocketBoltOnFakeSlack {
  readonly slack: FakeSlack;
  readonly app: App;
}

export interface FakeSlackHarness {
  /** A fake Slack, stopped after the test. */
  start(options?: FakeSlackOptions): Promise<FakeSlack>;
  /**
   * A fake Slack and a started Bolt app (default HTTPReceiver on 127.0.0.1 and a free port),
   * both stopped after the test. The app is created with `deferInitialization` and
   * `await app.init()`, so its auth.test has been answered before this resolves; pass
   * `app: { deferInitialization: false }` to have the constructor call auth.test as it does in
   * production, unawaited.
   */
  startApp(options?: { fake?: FakeSlackOptions; app?: AppOptions }): Promise<BoltOnFakeSlack>;
  /**
   * A fake Slack and a Bolt app in Socket Mode with the fake's app token, initialized and
   * started: it has opened its WebSocket and received `hello`. Both stopped after the test.
   */
  startSocketApp(options?: {
    fake?: FakeSlackOptions;
    app?: AppOptions;
  }): Promise<SocketBoltOnFakeSlack>;
}

/** The App options that point Bolt at the fake: bot token, signing secret and Web API URL. */
export function boltOptions(slack: FakeSlack, overrides: AppOptions = {}): AppOptions {
  return {
    token: slack.botToken,
    signingSecret: slack.signingSecret,
    logLevel: LogLevel.ERROR,
    ...overrides,
    clientOptions: { slackApiUrl: slack.apiUrl, ...overrides.clientOptions },
  };
}

/** Registers an afterEach that stops every app, then every fake, so vitest can exit. */
export function useFakeSlack(): FakeSlackHarness {
  let fakes: FakeSlack[] = [];
  let apps: App[] = [];
  afterEach(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await Promise.all(fakes.map((f) => f.stop()));
    apps = [];
    fakes = [];
  });

  const start = async (options: FakeSlackOptions = {}): Promise<FakeSlack> => {
    const fake = await FakeSlack.start(options);
    fakes.push(fake);
    return fake;
  };
  return {
    start,
    async startApp(options = {}) {
      const slack = await start(options.fake);
      const deferred = options.app?.deferInitialization ?? true;
      const app = new App(boltOptions(slack, { ...options.app, deferInitialization: deferred }));
      if (deferred) await app.init();
      const server = await app.start({ port: 0, host: "127.0.0.1" });
      apps.push(app);
      const { port } = server.address() as AddressInfo;
      const eventsUrl = `http://127.0.0.1:${port}/slack/events`;
      return { slack, app, eventsUrl, sender: slack.client(eventsUrl) };
    },
    async startSocketApp(options = {}) {
      const slack = await start(options.fake);
      const app = new App(
        boltOptions(slack, {
          socketMode: true,
          appToken: slack.appToken,
          ...options.app,
          deferInitialization: true,
        }),
      );
      apps.push(app);
      await app.init();
      await app.start();
      return { slack, app };
    },
  };
}
