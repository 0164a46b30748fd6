// Gives every screen the Platform of the host it runs in.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Platform } from './platform';
import { choosePlatform } from './choose';

const PlatformContext = createContext<Platform | null>(null);

export function PlatformProvider({
  children,
  platform,
}: {
  children: ReactNode;
  platform?: Platform;
}) {
  const value = useMemo(() => platform ?? choosePlatform(), [platform]);
  return <PlatformContext.Provider value={value}>{children}</PlatformContext.Provider>;
}

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform is used outside PlatformProvider.');
  return platform;
}
