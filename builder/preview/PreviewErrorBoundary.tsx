import { Component, type ReactNode } from 'react';

/**
 * A draft may be half-built (a choice without options, a step without fields) and the form
 * renderer may then throw. The preview says so instead of taking the whole builder down, and
 * tries again with the next change.
 */
export class PreviewErrorBoundary extends Component<
  { message: string; resetKey: unknown; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey: unknown }) {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render() {
    return this.state.failed ? <p className="notice">{this.props.message}</p> : this.props.children;
  }
}
