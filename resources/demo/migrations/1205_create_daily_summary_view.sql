-- Not deployed yet: a daily summary for the clinicians' report.
-- UP
CREATE VIEW daily_heart_summary AS
SELECT user_id, DATE(measured_at) AS day, MIN(bpm) AS min_bpm, MAX(bpm) AS max_bpm,
       AVG(bpm) AS avg_bpm, COUNT(*) AS readings
FROM heart_rate_readings
GROUP BY user_id, DATE(measured_at);

-- DOWN
DROP VIEW daily_heart_summary;
