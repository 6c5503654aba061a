import type { GlobalThemeOverrides } from 'naive-ui';

// Darker than Naive's defaults so that text on buttons and tags passes WCAG AA contrast.
export const themeOverrides: GlobalThemeOverrides = {
  common: {
    primaryColor: '#1d4f91',
    primaryColorHover: '#2a62ad',
    primaryColorPressed: '#163d70',
    primaryColorSuppl: '#2a62ad',
    errorColor: '#b3261e',
    warningColor: '#8a5a00',
    successColor: '#1e6b34',
    infoColor: '#1d4f91',
    textColor3: '#595959',
    placeholderColor: '#6b6b6b',
  },
  // A warning tag's text on its tint, in a hovered table row, fell short of 4.5:1 with the common warning colour.
  Tag: { textColorWarning: '#6b4400' },
};
