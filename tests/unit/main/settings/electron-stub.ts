/**
 * `electron` for the writer child, which runs in plain Node where the real module cannot load
 * (atomic-write.test.ts bundles the child with this in its place). With no `app`, electron-store
 * uses the absolute folder it is given and registers no IPC listener, so there is none to remove.
 */
export const ipcMain = { removeAllListeners: () => ipcMain };
export default {};
