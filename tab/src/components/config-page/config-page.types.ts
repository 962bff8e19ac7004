/** The channel tab's configuration page has no props: it reads the host from context. */
export type ConfigPageProps = Record<string, never>;
