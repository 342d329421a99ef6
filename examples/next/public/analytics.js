// Stands in for a third-party analytics tag: it may only run once analytics is granted.
window.__analyticsRuns = (window.__analyticsRuns || 0) + 1;
document.cookie = '_ga=GA1.1.' + Date.now() + '; Path=/; Max-Age=86400; SameSite=Lax';
