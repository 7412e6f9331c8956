import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useText } from './i18n';

interface BoundaryProps {
  /** The panel's name, read out with the message. */
  name: string;
  children: ReactNode;
}

interface InnerProps extends BoundaryProps {
  message: string;
  retry: string;
}

interface InnerState {
  error: Error | null;
}

class Boundary extends Component<InnerProps, InnerState> {
  override state: InnerState = { error: null };

  static getDerivedStateFromError(error: Error): InnerState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[${this.props.name}]`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel panel-failed" role="alert" aria-label={this.props.name}>
        <p>{this.props.message}</p>
        <p className="muted" dir="ltr">
          {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {this.props.retry}
        </button>
      </div>
    );
  }
}

/**
 * Keeps a render error inside one panel: the panel shows a message and a retry button, the rest of the app (and
 * the workspace export) keeps working.
 */
export function PanelBoundary({ name, children }: BoundaryProps) {
  const text = useText();
  return (
    <Boundary name={name} message={text('panelFailed')} retry={text('retryPanel')}>
      {children}
    </Boundary>
  );
}
