/**
 * Tabs after the WAI-ARIA tabs pattern (suomifi-ui-components has none): a tablist of buttons, arrow keys,
 * Home and End move between them and select the tab (automatic activation), and only the selected tab
 * is in the Tab order.
 */
import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import styled from 'styled-components';
import { colors, focuses, spacing, typography } from './tokens';

interface TabItem {
  id: string;
  label: string;
  panel: ReactNode;
}

export function Tabs({ label, tabs }: { label: string; tabs: readonly TabItem[] }) {
  const [selectedId, setSelectedId] = useState(tabs[0]?.id);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent, index: number) {
    const target = targetIndex(event.key, index, tabs.length);
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[target] as TabItem;
    setSelectedId(tab.id);
    buttons.current.get(tab.id)?.focus();
  }

  return (
    <>
      <TabList role="tablist" aria-label={label}>
        {tabs.map((tab, index) => {
          const selected = tab.id === selectedId;
          return (
            <TabButton
              key={tab.id}
              ref={(element) => {
                if (element) buttons.current.set(tab.id, element);
              }}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-controls={`tabpanel-${tab.id}`}
              aria-selected={selected}
              tabIndex={selected ? 0 : -1}
              onClick={() => setSelectedId(tab.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {tab.label}
            </TabButton>
          );
        })}
      </TabList>
      {tabs.map((tab) => (
        <TabPanel
          key={tab.id}
          role="tabpanel"
          id={`tabpanel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          hidden={tab.id !== selectedId}
        >
          {tab.panel}
        </TabPanel>
      ))}
    </>
  );
}

function targetIndex(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

const TabList = styled.div`
  display: flex;
  flex-wrap: wrap;
  border-bottom: 1px solid ${colors.depthLight1};
`;

const TabButton = styled.button`
  ${typography.bodySemiBold};
  margin: 0 0 -1px;
  padding: ${spacing.s} ${spacing.m};
  color: ${colors.highlightBase};
  background: none;
  border: 1px solid transparent;
  border-bottom: 4px solid transparent;
  cursor: pointer;

  &:hover {
    color: ${colors.highlightDark1};
    background: ${colors.highlightLight4};
  }

  &[aria-selected='true'] {
    color: ${colors.blackBase};
    background: ${colors.whiteBase};
    border-color: ${colors.depthLight1} ${colors.depthLight1} ${colors.highlightBase};
  }

  &:focus-visible {
    ${focuses.boxShadowFocus};
  }
`;

const TabPanel = styled.div`
  padding-top: ${spacing.l};
`;
