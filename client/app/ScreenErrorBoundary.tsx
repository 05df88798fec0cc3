// A screen that throws while rendering (a bug, or a lazily loaded screen whose file could not
// be fetched) shows the app's error state instead of a blank page; going to another address
// tries again, and the button reloads the page (a new deployment's files included).
import { Component, type ReactNode } from "react";
import { useLocation } from "react-router";
import { useT } from "../lib/i18n";

export function ScreenErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary pathname={pathname}>{children}</Boundary>;
}

interface BoundaryProps {
  pathname: string;
  children: ReactNode;
}
interface BoundaryState {
  failed: boolean;
  pathname: string;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { failed: false, pathname: this.props.pathname };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.pathname === state.pathname ? null : { failed: false, pathname: props.pathname };
  }

  render() {
    return this.state.failed ? <ScreenFailed /> : this.props.children;
  }
}

function ScreenFailed() {
  const t = useT();
  return (
    <main className="state state--error" role="alert" id="main">
      <h1 className="state__title">{t("common.error.title")}</h1>
      <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
        {t("common.retry")}
      </button>
    </main>
  );
}
