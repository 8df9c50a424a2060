/** Commands the server executes (workspace/executeCommand); argument: the document URI. */
export const SERVER_COMMANDS = { renumber: '_speech.renumber', fixAll: '_speech.fixAll' } as const;
