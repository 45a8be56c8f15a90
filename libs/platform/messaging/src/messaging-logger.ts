/** The few log calls the relay and consumer make; pino and Nest's Logger both fit. */
export interface MessagingLogger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export const silentLogger: MessagingLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** One JSON line per call on stderr. */
export const stderrLogger = (name: string): MessagingLogger => {
  const write = (level: string) => (message: string, context?: Record<string, unknown>) =>
    process.stderr.write(`${JSON.stringify({ level, name, message, ...context, time: new Date().toISOString() })}\n`);
  return { info: write('info'), warn: write('warn'), error: write('error') };
};

export const errorText = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
