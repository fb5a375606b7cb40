/**
 * Tells the site's other open tabs that the decision changed, and re-reads it here when another
 * tab says so. BroadcastChannel reaches open tabs at once; where it is missing (or a message is
 * missed while a tab sleeps), the decision is re-read whenever the tab becomes visible again.
 */
export const syncTabs = (window: Window & typeof globalThis, channelName: string, reread: () => void) => {
  const { document } = window;
  let channel: BroadcastChannel | undefined;
  try {
    channel = new window.BroadcastChannel(channelName);
    channel.onmessage = reread;
  } catch {
    // No BroadcastChannel: re-reading on visibility still catches up.
  }
  const onVisibility = (): void => {
    if (document.visibilityState == 'visible') reread();
  };
  document.addEventListener('visibilitychange', onVisibility);
  return {
    notify: (): void => {
      try {
        channel?.postMessage('changed');
      } catch {
        // A closed channel has nobody left to tell.
      }
    },
    stop: (): void => {
      channel?.close();
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
};
