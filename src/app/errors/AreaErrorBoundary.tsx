/**
 * Keeps a fault in one part of the page (the canvas, the inspector, the dock…) from
 * blanking the whole app: that part shows a plain message in English and Chinese with
 * Reload (autosave brings the work back) and Try again. React logs the error itself.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { create } from 'zustand';
import { reloadKeepingWork } from '../files/fileSafety.ts';
import { areaFailedMessages } from './messages.ts';

export type AppArea = 'app' | 'sidebar' | 'canvas' | 'inspector' | 'dock';

interface Props {
  area: AppArea;
  children: ReactNode;
}

export class AreaErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Which area broke, next to React's own report of the error.
    console.error(`Blueprint Lab: the ${this.props.area} area failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.failed)
      return <AreaFailed area={this.props.area} retry={() => this.setState({ failed: false })} />;
    return (
      <>
        {import.meta.env.DEV && <FaultProbe area={this.props.area} />}
        {this.props.children}
      </>
    );
  }
}

function AreaFailed({ area, retry }: { area: AppArea; retry: () => void }) {
  const english = areaFailedMessages.en;
  const chinese = areaFailedMessages['zh-CN'];
  return (
    <div className="area-failed" role="alert" data-area={area}>
      <p lang="en" className="area-failed__title">
        {english.title}
      </p>
      <p lang="en">{english.body}</p>
      <p lang="zh-CN" className="area-failed__title">
        {chinese.title}
      </p>
      <p lang="zh-CN">{chinese.body}</p>
      <div className="area-failed__actions">
        {/* Autosave stores the last change first (fileSafety.ts); start-up recovers the work. */}
        <button type="button" className="files-button" onClick={() => void reloadKeepingWork()}>
          {english.reload} · <span lang="zh-CN">{chinese.reload}</span>
        </button>
        <button type="button" className="files-button" onClick={retry}>
          {english.retry} · <span lang="zh-CN">{chinese.retry}</span>
        </button>
      </div>
    </div>
  );
}

/**
 * Development builds only (devHook.ts): lets a browser test break one area on purpose,
 * since a valid blueprint gives no way to.
 */
export const useInjectedFault = create<{ area: AppArea | null }>(() => ({ area: null }));

function FaultProbe({ area }: { area: AppArea }) {
  if (useInjectedFault((state) => state.area === area))
    throw new Error(`a fault injected into the ${area} area`);
  return null;
}
